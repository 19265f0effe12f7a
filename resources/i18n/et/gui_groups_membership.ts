<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MembershipEditing</name>
    <message>
        <source>no group</source>
        <translation>grupita</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Tõsta %1 → %2</translation>
    </message>
    <message>
        <source>Only a member of a group can be locked.</source>
        <translation>Lukustada saab ainult grupi liiget.</translation>
    </message>
    <message>
        <source>Lock in group</source>
        <translation>Lukusta gruppi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Vabasta lukust</translation>
    </message>
    <message>
        <source>Choose one member of a group as its presenter.</source>
        <translation>Vali grupi esitajaks üks grupi liige.</translation>
    </message>
    <message>
        <source>Mark %1 as presenter</source>
        <translation>Märgi %1 esitajaks</translation>
    </message>
    <message>
        <source>Unmark %1 as presenter</source>
        <translation>Eemalda %1 esitaja märge</translation>
    </message>
    <message>
        <source>Assign to groups</source>
        <translation>Jaota grupid</translation>
    </message>
</context>
</TS>
