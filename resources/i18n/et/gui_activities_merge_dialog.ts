<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge municipalities</source>
        <translation>Ühenda omavalitsused</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Ühenda</translation>
    </message>
    <message>
        <source>Move everything of</source>
        <translation>Tõsta kõik omavalitsuselt</translation>
    </message>
    <message>
        <source>into</source>
        <translation>omavalitsusele</translation>
    </message>
    <message>
        <source>Choose two different municipalities.</source>
        <translation>Vali kaks eri omavalitsust.</translation>
    </message>
    <message>
        <source>%1 and %2 move to “%3”; “%4” leaves the list. Undo (Ctrl+Z) takes it back.</source>
        <translation>%1 ja %2 tõstetakse omavalitsusele „%3“; „%4“ kaob nimekirjast. Tagasivõtmine (Ctrl+Z) toob selle tagasi.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n tegevus</numerusform>
            <numerusform>%n tegevust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
</context>
</TS>
