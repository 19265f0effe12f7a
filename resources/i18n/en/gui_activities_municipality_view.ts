<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MunicipalityActivitiesModel</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="59"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="59"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="59"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="59"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="60"/>
        <source>Time frame</source>
        <translation>Time frame</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="60"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="75"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>MunicipalityView</name>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="157"/>
        <source>%1: %n activities</source>
        <translation>
            <numerusform>%1: %n activities</numerusform>
            <numerusform>%1: %n activities</numerusform>
        </translation>
    </message>
</context>
</TS>
