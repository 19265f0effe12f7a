<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <source>Paste the meeting link (Zoom, Teams, …)</source>
        <translation>Kleebi koosoleku link (Zoom, Teams, …)</translation>
    </message>
    <message>
        <source>shared out</source>
        <translation>jagatud võrdselt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Kuupäev:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Algus:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Lõ&amp;pp:</translation>
    </message>
    <message>
        <source>&amp;Turn:</source>
        <translation>&amp;Esinemine:</translation>
    </message>
    <message>
        <source>D&amp;iscussion:</source>
        <translation>A&amp;rutelu:</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>Koosoleku &amp;link:</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Esinemisjärjekord</translation>
    </message>
    <message>
        <source>Drag a municipality to change the order.</source>
        <translation>Järjekorra muutmiseks lohista omavalitsust.</translation>
    </message>
</context>
</TS>
