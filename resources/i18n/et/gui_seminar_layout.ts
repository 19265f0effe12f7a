<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="51"/>
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="65"/>
        <source>Paste the meeting link (Zoom, Teams, …)</source>
        <translation>Kleebi koosoleku link (Zoom, Teams, …)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="69"/>
        <source>shared out</source>
        <translation>jagatud võrdselt</translation>
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
        <translation>&amp;Kuupäev:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="77"/>
        <source>&amp;From:</source>
        <translation>&amp;Algus:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="78"/>
        <source>&amp;Until:</source>
        <translation>Lõ&amp;pp:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="78"/>
        <source>&amp;Turn:</source>
        <translation>&amp;Esinemine:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="79"/>
        <source>D&amp;iscussion:</source>
        <translation>A&amp;rutelu:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="87"/>
        <source>Meeting &amp;link:</source>
        <translation>Koosoleku &amp;link:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="97"/>
        <source>Running order</source>
        <translation>Esinemisjärjekord</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="99"/>
        <source>Drag a municipality to change the order.</source>
        <translation>Järjekorra muutmiseks lohista omavalitsust.</translation>
    </message>
</context>
</TS>
