<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MunicipalityActivitiesModel</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="57"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="57"/>
        <source>Area</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="57"/>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="57"/>
        <source>Responsible</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="58"/>
        <source>Time frame</source>
        <translation>Ajaraam</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="58"/>
        <source>Digital</source>
        <translation>Digilahendus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="73"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
</context>
<context>
    <name>MunicipalityView</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/municipality_view.py" line="155"/>
        <source>%1: %2 activities</source>
        <translation>%1: %2 tegevust</translation>
    </message>
</context>
</TS>
