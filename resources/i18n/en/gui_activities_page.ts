<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="108"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="109"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="110"/>
        <source>By municipality</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="145"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="171"/>
        <source>This workshop has no groups.</source>
        <translation>This workshop has no groups.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="185"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="186"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="199"/>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="221"/>
        <source>Show this group on the projector</source>
        <translation>Show this group on the projector</translation>
    </message>
</context>
</TS>
