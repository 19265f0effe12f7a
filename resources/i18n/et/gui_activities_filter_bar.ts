<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>FilterBar</name>
    <message>
        <source>Search activities (Ctrl+F)</source>
        <translation>Otsi tegevusi (Ctrl+F)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Kõik valdkonnad</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Näita kõiki</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kõik omavalitsused</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>näha %1 / %2</translation>
    </message>
</context>
<context>
    <name>HiddenNotice</name>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Peida see teade</translation>
    </message>
    <message>
        <source>“%1” is saved, but the filter hides it.</source>
        <translation>„%1“ on salvestatud, aga filter peidab selle.</translation>
    </message>
</context>
</TS>
