<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MembershipEditing</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="49"/>
        <source>no group</source>
        <translation>no group</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/membership.py" line="50"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="52"/>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="80"/>
        <source>Only a member of a group can be locked.</source>
        <translation>Only a member of a group can be locked.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="85"/>
        <source>Lock in group</source>
        <translation>Lock in group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="85"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="94"/>
        <source>Choose one member of a group as its presenter.</source>
        <translation>Choose one member of a group as its presenter.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="99"/>
        <source>Mark %1 as presenter</source>
        <translation>Mark %1 as presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="100"/>
        <source>Unmark %1 as presenter</source>
        <translation>Unmark %1 as presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/membership.py" line="128"/>
        <source>Assign to groups</source>
        <translation>Assign to groups</translation>
    </message>
</context>
</TS>
