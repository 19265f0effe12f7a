<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../avtoituba/gui/pages.py" line="15"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/pages.py" line="16"/>
        <source>The day&apos;s blocks with their times, the running timer with its countdown, warnings and forecast, and the projector clock.</source>
        <translation>The day&apos;s blocks with their times, the running timer with its countdown, warnings and forecast, and the projector clock.</translation>
    </message>
</context>
</TS>
