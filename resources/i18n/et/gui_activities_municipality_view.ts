<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MunicipalityActivitiesModel</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="59"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="59"/>
        <source>Area</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="59"/>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="59"/>
        <source>Responsible</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="60"/>
        <source>Time frame</source>
        <translation>Ajaraam</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="60"/>
        <source>Digital</source>
        <translation>Digilahendus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="75"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
</context>
<context>
    <name>MunicipalityView</name>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="157"/>
        <source>%1: %n activities</source>
        <translation>
            <numerusform>%1: %n tegevus</numerusform>
            <numerusform>%1: %n tegevust</numerusform>
        </translation>
    </message>
</context>
</TS>
