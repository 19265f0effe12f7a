<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="96"/>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="106"/>
        <source>Import</source>
        <translation>Impordi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="106"/>
        <source>Row</source>
        <translation>Rida</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="106"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="106"/>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="107"/>
        <source>Role</source>
        <translation>Amet</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="107"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="107"/>
        <source>Present</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="107"/>
        <source>Problems</source>
        <translation>Probleemid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="110"/>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="110"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="120"/>
        <source>error</source>
        <translation>viga</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="155"/>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Exceli tööraamat, leht „%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="157"/>
        <source>semicolons</source>
        <translation>semikoolonitega</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="157"/>
        <source>commas</source>
        <translation>komadega</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="158"/>
        <source>tabs</source>
        <translation>tabeldusmärkidega</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="159"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 koos BOM-iga</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="162"/>
        <source>CSV text, %1, separated by %2</source>
        <translation>CSV-tekst, %1, eraldatud %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="165"/>
        <source>%1. Header on row %2; columns used: %3.</source>
        <translation>%1. Päis real %2; kasutatud veerud: %3.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="168"/>
        <source>Ignored: %1.</source>
        <translation>Arvestamata: %1.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="195"/>
        <source>%1 of %2 rows will be imported.</source>
        <translation>Imporditakse %1 rida %2-st.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="198"/>
        <source>%1 rows have errors and cannot be imported.</source>
        <translation>%1 vigast rida ei saa importida.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="200"/>
        <source>%1 duplicates are unticked.</source>
        <translation>%1 korduva rea märge on eemaldatud.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="203"/>
        <source>&amp;Import %1</source>
        <translation>&amp;Impordi %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="50"/>
        <source>Edit participant</source>
        <translation>Osaleja muutmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="50"/>
        <source>Add participant</source>
        <translation>Osaleja lisamine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="70"/>
        <source>Type the participant&apos;s name.</source>
        <translation>Kirjutage osaleja nimi.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="74"/>
        <source>Type the municipality, so that the assignment can spread its people over the groups.</source>
        <translation>Kirjutage omavalitsus, et jaotus saaks tema inimesed gruppide vahel ära jagada.</translation>
    </message>
</context>
</TS>
