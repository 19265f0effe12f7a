<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Ees- ja perekonnanimi</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Omavalitsus:</translation>
    </message>
    <message>
        <source>e.g. Elva vald</source>
        <translation>nt Elva vald</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Amet:</translation>
    </message>
    <message>
        <source>e.g. vallavanem, noorsootöötaja</source>
        <translation>nt vallavanem, noorsootöötaja</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Present (checked in)</source>
        <translation>&amp;Kohal (registreerunud kohapeal)</translation>
    </message>
</context>
</TS>
