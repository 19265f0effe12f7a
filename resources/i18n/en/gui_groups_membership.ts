<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MembershipEditing</name>
    <message>
        <source>no group</source>
        <translation>no group</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>Only a member of a group can be locked.</source>
        <translation>Only a member of a group can be locked.</translation>
    </message>
    <message>
        <source>Lock in group</source>
        <translation>Lock in group</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Choose one member of a group as its presenter.</source>
        <translation>Choose one member of a group as its presenter.</translation>
    </message>
    <message>
        <source>Mark %1 as presenter</source>
        <translation>Mark %1 as presenter</translation>
    </message>
    <message>
        <source>Unmark %1 as presenter</source>
        <translation>Unmark %1 as presenter</translation>
    </message>
    <message>
        <source>Assign to groups</source>
        <translation>Assign to groups</translation>
    </message>
</context>
</TS>
