<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impordi</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Amet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>Check which column holds what: the list has more than one column that could be the name or the municipality.</source>
        <translation>Kontrolli, mis veerus on mis: nimekirjas on rohkem kui üks veerg, mis võib olla nimi või omavalitsus.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>error</source>
        <translation>viga</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Exceli tööraamat, leht „%1“</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semikoolonitega</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>komadega</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabeldusmärkidega</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 koos BOM-iga</translation>
    </message>
    <message>
        <source>CSV text, %1, separated by %2</source>
        <translation>CSV-tekst, %1, eraldatud %2</translation>
    </message>
    <message>
        <source>%1. Header on row %2; columns used: %3.</source>
        <translation>%1. Päis real %2; kasutatud veerud: %3.</translation>
    </message>
    <message>
        <source>Ignored: %1.</source>
        <translation>Arvestamata: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) will be imported.</source>
        <translation>
            <numerusform>Imporditakse %1 rida %n-st.</numerusform>
            <numerusform>Imporditakse %1 rida %n-st.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors and cannot be imported.</source>
        <translation>
            <numerusform>%n real on viga ja seda ei saa importida.</numerusform>
            <numerusform>%n real on vigu ja neid ei saa importida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) unticked.</source>
        <translation>
            <numerusform>%n kordus on märkimata.</numerusform>
            <numerusform>%n kordust on märkimata.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Impordi %1</translation>
    </message>
</context>
</TS>
