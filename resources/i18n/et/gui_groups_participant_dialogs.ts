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
    <message>
        <source>%1 of %2 rows will be imported.</source>
        <translation>Imporditakse %1 rida %2-st.</translation>
    </message>
    <message>
        <source>%1 rows have errors and cannot be imported.</source>
        <translation>%1 vigast rida ei saa importida.</translation>
    </message>
    <message>
        <source>%1 duplicates are unticked.</source>
        <translation>%1 korduva rea märge on eemaldatud.</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Impordi %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Osaleja muutmine</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Osaleja lisamine</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name.</source>
        <translation>Sisesta osaleja nimi.</translation>
    </message>
    <message>
        <source>Type the municipality, so that the assignment can spread its people over the groups.</source>
        <translation>Sisesta omavalitsus, et jaotus saaks tema inimesed gruppide vahel ära jagada.</translation>
    </message>
</context>
</TS>
