<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Importing</name>
    <message>
        <source>Import participants</source>
        <translation>Osalejate import</translation>
    </message>
    <message>
        <source>Registration lists (%1);;All files (*)</source>
        <translation>Registreerimisnimekirjad (%1);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Loen faili „%1“…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import katkestati, midagi ei imporditud.</translation>
    </message>
    <message>
        <source>“%1” cannot be imported.</source>
        <translation>Faili „%1“ ei saa importida.</translation>
    </message>
    <message>
        <source>Nothing was imported. A list needs a header row with at least the columns Nimi (Name) and Omavalitsus (Municipality).</source>
        <translation>Midagi ei imporditud. Nimekirjas peab olema päiserida vähemalt veergudega Nimi ja Omavalitsus.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Impordi %n osaleja</numerusform>
            <numerusform>Impordi %n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>Imporditi %n osaleja.</numerusform>
            <numerusform>Imporditi %n osalejat.</numerusform>
        </translation>
    </message>
</context>
</TS>
