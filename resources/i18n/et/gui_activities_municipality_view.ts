<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MunicipalityActivitiesModel</name>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digilahendus</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
</context>
<context>
    <name>MunicipalityView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <translation>
            <numerusform>%1: %n tegevus</numerusform>
            <numerusform>%1: %n tegevust</numerusform>
        </translation>
    </message>
</context>
</TS>
