<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ActivityDelegate</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/model.py" line="296"/>
        <source>digital</source>
        <translation>digi</translation>
    </message>
</context>
</TS>
