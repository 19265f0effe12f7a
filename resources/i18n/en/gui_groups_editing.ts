<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ParticipantEditing</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="31"/>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="34"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="53"/>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="56"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/editing.py" line="72"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform>
            <numerusform>Remove %n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="73"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="74"/>
        <source>Remove participant</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="84"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="84"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
</context>
</TS>
