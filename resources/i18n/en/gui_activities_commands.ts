<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityCommands</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="64"/>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="77"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="94"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="122"/>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="138"/>
        <source>Move “%1” to another group</source>
        <translation>Move “%1” to another group</translation>
    </message>
</context>
</TS>
