<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Pages</name>
    <message>
        <source>Agenda</source>
        <translation>Ajakava</translation>
    </message>
    <message>
        <source>Participants and groups</source>
        <translation>Osalejad ja grupid</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Homework pack</source>
        <translation>Kodutööpakett</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Hooaeg</translation>
    </message>
</context>
</TS>
