<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MembershipEditing</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="49"/>
        <source>no group</source>
        <translation>grupita</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/membership.py" line="50"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="52"/>
        <source>Move %1 to %2</source>
        <translation>Tõsta %1 → %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="80"/>
        <source>Only a member of a group can be locked.</source>
        <translation>Lukustada saab ainult grupi liiget.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="85"/>
        <source>Lock in group</source>
        <translation>Lukusta gruppi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="85"/>
        <source>Unlock</source>
        <translation>Vabasta lukust</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="94"/>
        <source>Choose one member of a group as its presenter.</source>
        <translation>Valige grupi esitajaks üks grupi liige.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="99"/>
        <source>Mark %1 as presenter</source>
        <translation>Märgi %1 esitajaks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="100"/>
        <source>Unmark %1 as presenter</source>
        <translation>Eemalda %1 esitaja märge</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="128"/>
        <source>Assign to groups</source>
        <translation>Jaota gruppidesse</translation>
    </message>
</context>
</TS>
