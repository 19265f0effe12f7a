<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Roster</name>
    <message>
        <source>the file is empty</source>
        <translation>fail on tühi</translation>
    </message>
    <message>
        <source>the file has a header but no participants under it</source>
        <translation>failis on päis, aga selle all pole ühtegi osalejat</translation>
    </message>
    <message>
        <source>the file is too large for a registration list (%1 MB)</source>
        <translation>fail on registreerimisnimekirja jaoks liiga suur (%1 MB)</translation>
    </message>
    <message>
        <source>this is not a text or spreadsheet file (%1); save the list as .xlsx or .csv and try again</source>
        <translation>see pole tekst- ega tabelifail (%1); salvesta nimekiri .xlsx- või .csv-failina ja proovi uuesti</translation>
    </message>
    <message>
        <source>an old Excel .xls file; open it in Excel and save it as .xlsx or .csv</source>
        <translation>vana Exceli .xls-fail; ava see Excelis ja salvesta .xlsx- või .csv-failina</translation>
    </message>
    <message>
        <source>the Excel file cannot be read (%1)</source>
        <translation>Exceli faili ei saa lugeda (%1)</translation>
    </message>
    <message>
        <source>files of type %1 cannot be imported; use .xlsx or .csv</source>
        <translation>%1-tüüpi faile ei saa importida; kasuta .xlsx- või .csv-faili</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>faili ei saa lugeda (%1)</translation>
    </message>
    <message>
        <source>no header row with the columns name and municipality was found in the first %1 rows. Columns found: %2. Name the columns e.g. “Nimi” and “Omavalitsus”</source>
        <translation>esimesest %1 reast ei leitud päiserida veergudega nimi ja omavalitsus. Leitud veerud: %2. Pane veergudele nimeks nt „Nimi“ ja „Omavalitsus“</translation>
    </message>
    <message>
        <source>the required column %1 is missing. Columns found: %2</source>
        <translation>kohustuslik veerg %1 puudub. Leitud veerud: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nimi on tühi</translation>
    </message>
    <message>
        <source>the municipality is empty</source>
        <translation>omavalitsus on tühi</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1 on pikem kui %2 märki</translation>
    </message>
    <message>
        <source>the e-mail address “%1” looks wrong (kept as written)</source>
        <translation>e-posti aadress „%1“ tundub vigane (jäetakse nagu on)</translation>
    </message>
    <message>
        <source>“%1” in the present column is not yes or no (taken as no)</source>
        <translation>„%1“ kohaloleku veerus pole jah ega ei (loetakse ei-ks)</translation>
    </message>
    <message>
        <source>the same name and municipality as row %1</source>
        <translation>sama nimi ja omavalitsus kui real %1</translation>
    </message>
    <message>
        <source>already a participant of this workshop</source>
        <translation>on juba selle töötoa osaleja</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>omavalitsus</translation>
    </message>
    <message>
        <source>role</source>
        <translation>amet</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>present</source>
        <translation>kohal</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>name (Nimi/Name)</source>
        <translation>nimi (Nimi/Name)</translation>
    </message>
    <message>
        <source>municipality (Omavalitsus/KOV/Municipality)</source>
        <translation>omavalitsus (Omavalitsus/KOV/Municipality)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-pilt</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-pilt</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF-pilt</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite&apos;i andmebaas</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip-arhiiv</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR-arhiiv</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zipi arhiiv</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>RTF-dokument</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip-arhiiv</translation>
    </message>
    <message>
        <source>contains NUL bytes</source>
        <translation>sisaldab NUL-baite</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>kaust</translation>
    </message>
    <message>
        <source>not an Excel workbook</source>
        <translation>pole Exceli tööraamat</translation>
    </message>
</context>
</TS>
