<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="61"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="63"/>
        <source>Participants and groups</source>
        <translation>Participants and groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="65"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="67"/>
        <source>Homework pack</source>
        <translation>Homework pack</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="69"/>
        <source>Season</source>
        <translation>Season</translation>
    </message>
</context>
</TS>
