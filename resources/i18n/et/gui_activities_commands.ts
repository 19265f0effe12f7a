<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ActivityCommands</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="64"/>
        <source>Add “%1”</source>
        <translation>„%1“ lisamine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="77"/>
        <source>Delete “%1”</source>
        <translation>„%1“ kustutamine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="94"/>
        <source>Edit “%1”</source>
        <translation>„%1“ muutmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="122"/>
        <source>Move “%1”</source>
        <translation>„%1“ tõstmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/commands.py" line="138"/>
        <source>Move “%1” to another group</source>
        <translation>„%1“ tõstmine teise gruppi</translation>
    </message>
</context>
</TS>
