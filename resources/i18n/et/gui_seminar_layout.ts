<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="52" />
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="66" />
        <source>Paste the meeting link (Zoom, Teams, …)</source>
        <translation>Kleebi koosoleku link (Zoom, Teams, …)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="70" />
        <source>shared out</source>
        <translation>jagatud võrdselt</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="71" />
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="75" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="78" />
        <source>&amp;Date:</source>
        <translation>&amp;Kuupäev:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="78" />
        <source>&amp;From:</source>
        <translation>&amp;Algus:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="79" />
        <source>&amp;Until:</source>
        <translation>Lõ&amp;pp:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="79" />
        <source>&amp;Turn:</source>
        <translation>&amp;Esinemine:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="80" />
        <source>D&amp;iscussion:</source>
        <translation>A&amp;rutelu:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="88" />
        <source>Meeting &amp;link:</source>
        <translation>Koosoleku &amp;link:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="98" />
        <source>Running order</source>
        <translation>Esinemisjärjekord</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="100" />
        <source>Drag a municipality to change the order.</source>
        <translation>Järjekorra muutmiseks lohista omavalitsust.</translation>
    </message>
</context>
</TS>
