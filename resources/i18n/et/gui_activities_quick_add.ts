<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>QuickAddBar</name>
    <message>
        <source>New activity: type and press Enter</source>
        <translation>Uus tegevus: kirjuta ja vajuta Enter</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <source>Add the activity (Enter)</source>
        <translation>Lisa tegevus (Enter)</translation>
    </message>
    <message>
        <source>— area —</source>
        <translation>— valdkond —</translation>
    </message>
    <message>
        <source>Choose the municipality first (or type its name), then press Enter again.</source>
        <translation>Vali kõigepealt omavalitsus (või kirjuta selle nimi) ja vajuta siis uuesti Enter.</translation>
    </message>
    <message>
        <source>“%1” is not in the registration list. Did you mean “%2”?</source>
        <translation>„%1“ ei ole registreerimisnimekirjas. Kas mõtlesid „%2“?</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Lisa uuena</translation>
    </message>
    <message>
        <source>Add “%1” as a new municipality</source>
        <translation>Lisa „%1“ uue omavalitsusena</translation>
    </message>
</context>
</TS>
