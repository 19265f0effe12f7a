<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MunicipalityActivitiesModel</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="57"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="57"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="57"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="57"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="58"/>
        <source>Time frame</source>
        <translation>Time frame</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="58"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="73"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>MunicipalityView</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="155"/>
        <source>%1: %2 activities</source>
        <translation>%1: %2 activities</translation>
    </message>
</context>
</TS>
