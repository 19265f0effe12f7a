<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QuickAddBar</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="42"/>
        <source>New activity: type and press Enter</source>
        <translation>New activity: type and press Enter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="49"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="64"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="65"/>
        <source>Add the activity (Enter)</source>
        <translation>Add the activity (Enter)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="92"/>
        <source>— area —</source>
        <translation>— area —</translation>
    </message>
</context>
</TS>
