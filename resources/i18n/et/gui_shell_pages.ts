<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="67" />
        <source>Agenda</source>
        <translation>Ajakava</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="69" />
        <source>Participants and groups</source>
        <translation>Osalejad ja grupid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="71" />
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="73" />
        <source>Homework pack</source>
        <translation>Kodutööpakett</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="75" />
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="77" />
        <source>Season</source>
        <translation>Hooaeg</translation>
    </message>
</context>
</TS>
