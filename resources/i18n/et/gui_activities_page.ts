<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="108"/>
        <source>Groups</source>
        <translation>Grupid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="109"/>
        <source>Coverage</source>
        <translation>Katvus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="110"/>
        <source>By municipality</source>
        <translation>Omavalitsuste kaupa</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="145"/>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="171"/>
        <source>This workshop has no groups.</source>
        <translation>Selles töötoas pole gruppe.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="185"/>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="186"/>
        <source>Ideas</source>
        <translation>Ideed</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="199"/>
        <source>&amp;Activities</source>
        <translation>&amp;Tegevused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="221"/>
        <source>Show this group on the projector</source>
        <translation>Näita seda gruppi projektoril</translation>
    </message>
</context>
</TS>
