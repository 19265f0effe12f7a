<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="6"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="12"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="19"/>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="24"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="31"/>
        <source>e.g. Elva vald</source>
        <translation>e.g. Elva vald</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="36"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="43"/>
        <source>e.g. vallavanem, noorsootöötaja</source>
        <translation>e.g. vallavanem, noorsootöötaja</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="48"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/participant_dialog.ui" line="59"/>
        <source>&amp;Present (checked in)</source>
        <translation>&amp;Present (checked in)</translation>
    </message>
</context>
</TS>
