<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="6"/>
        <source>Participant</source>
        <translation>Osaleja</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="19"/>
        <source>First and last name</source>
        <translation>Ees- ja perekonnanimi</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="24"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Omavalitsus:</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="31"/>
        <source>e.g. Elva vald</source>
        <translation>nt Elva vald</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="36"/>
        <source>&amp;Role:</source>
        <translation>&amp;Amet:</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="43"/>
        <source>e.g. vallavanem, noorsootöötaja</source>
        <translation>nt vallavanem, noorsootöötaja</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="48"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="59"/>
        <source>&amp;Present (checked in)</source>
        <translation>&amp;Kohal (registreerunud kohapeal)</translation>
    </message>
</context>
</TS>
