<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CommitmentBox</name>
    <message>
        <source>OGP commitment</source>
        <translation>AVP kohustus</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Praegune olukord</translation>
    </message>
    <message>
        <source>What it changes</source>
        <translation>Mida see muudab</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Vastutav asutus</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktisik</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Teised osalejad</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Eelarve</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Seos arengukavaga</translation>
    </message>
    <message>
        <source>Which goal of the development plan (arengukava) this serves</source>
        <translation>Millist arengukava eesmärki see toetab</translation>
    </message>
    <message>
        <source>transparency</source>
        <translation>läbipaistvus</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>kaasamine</translation>
    </message>
    <message>
        <source>accountability</source>
        <translation>aruandekohustus</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>Lisa vahe-eesmärk</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>AVP väärtused</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Vahe-eesmärgid</translation>
    </message>
    <message>
        <source>For the OGP action plan draft: printed in the homework pack as a commitment sheet.</source>
        <translation>AVP tegevuskava mustandi jaoks: trükitakse kodutööpaketti kohustuse lehena.</translation>
    </message>
</context>
<context>
    <name>MilestoneRow</name>
    <message>
        <source>Milestone</source>
        <translation>Vahe-eesmärk</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
</context>
</TS>
