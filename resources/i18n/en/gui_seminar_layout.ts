<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="51"/>
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="65"/>
        <source>Paste the meeting link (Zoom, Teams, …)</source>
        <translation>Paste the meeting link (Zoom, Teams, …)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="69"/>
        <source>shared out</source>
        <translation>shared out</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="70"/>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="74"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="77"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="77"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="78"/>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="78"/>
        <source>&amp;Turn:</source>
        <translation>&amp;Turn:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="79"/>
        <source>D&amp;iscussion:</source>
        <translation>D&amp;iscussion:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="87"/>
        <source>Meeting &amp;link:</source>
        <translation>Meeting &amp;link:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="97"/>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="99"/>
        <source>Drag a municipality to change the order.</source>
        <translation>Drag a municipality to change the order.</translation>
    </message>
</context>
</TS>
