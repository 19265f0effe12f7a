<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>QuickAddBar</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="42"/>
        <source>New activity: type and press Enter</source>
        <translation>Uus tegevus: kirjuta ja vajuta Enter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="49"/>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="64"/>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="65"/>
        <source>Add the activity (Enter)</source>
        <translation>Lisa tegevus (Enter)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/column.py" line="92"/>
        <source>— area —</source>
        <translation>— valdkond —</translation>
    </message>
</context>
</TS>
