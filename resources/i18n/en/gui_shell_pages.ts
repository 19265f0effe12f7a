<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="67" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="69" />
        <source>Participants and groups</source>
        <translation>Participants and groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="71" />
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="73" />
        <source>Homework pack</source>
        <translation>Homework pack</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="75" />
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/pages.py" line="77" />
        <source>Season</source>
        <translation>Season</translation>
    </message>
</context>
</TS>
