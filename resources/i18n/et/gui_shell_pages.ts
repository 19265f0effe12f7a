<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="61"/>
        <source>Agenda</source>
        <translation>Ajakava</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="63"/>
        <source>Participants and groups</source>
        <translation>Osalejad ja grupid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="65"/>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="67"/>
        <source>Homework pack</source>
        <translation>Kodutööpakett</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="69"/>
        <source>Season</source>
        <translation>Hooaeg</translation>
    </message>
</context>
</TS>
