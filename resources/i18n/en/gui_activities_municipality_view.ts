<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MunicipalityActivitiesModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>MunicipalityView</name>
    <message numerus="yes">
        <source>%1: %n activities</source>
        <translation>
            <numerusform>%1: %n activities</numerusform>
            <numerusform>%1: %n activities</numerusform>
        </translation>
    </message>
</context>
</TS>
