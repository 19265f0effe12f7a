<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CapturePage</name>
    <message>
        <source>Groups</source>
        <translation>Grupid</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Katvus</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Omavalitsuste kaupa</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>This workshop has no groups.</source>
        <translation>Selles töötoas pole gruppe.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideed</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Tegevused</translation>
    </message>
    <message>
        <source>Show this group on the projector</source>
        <translation>Näita seda gruppi projektoril</translation>
    </message>
</context>
</TS>
