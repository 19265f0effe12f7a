<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <source>Paste the meeting link (Zoom, Teams, …)</source>
        <translation>Paste the meeting link (Zoom, Teams, …)</translation>
    </message>
    <message>
        <source>shared out</source>
        <translation>shared out</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Turn:</source>
        <translation>&amp;Turn:</translation>
    </message>
    <message>
        <source>D&amp;iscussion:</source>
        <translation>D&amp;iscussion:</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>Meeting &amp;link:</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <source>Drag a municipality to change the order.</source>
        <translation>Drag a municipality to change the order.</translation>
    </message>
</context>
</TS>
