<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Roster</name>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="67" />
        <source>the file is empty</source>
        <translation>fail on tühi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="68" />
        <source>the file has a header but no participants under it</source>
        <translation>failis on päis, aga selle all pole ühtegi osalejat</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="69" />
        <source>the file is too large for a registration list (%1 MB)</source>
        <translation>fail on registreerimisnimekirja jaoks liiga suur (%1 MB)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="71" />
        <source>this is not a text or spreadsheet file (%1); save the list as .xlsx or .csv and try again</source>
        <translation>see pole tekst- ega tabelifail (%1); salvesta nimekiri .xlsx- või .csv-failina ja proovi uuesti</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="73" />
        <source>an old Excel .xls file; open it in Excel and save it as .xlsx or .csv</source>
        <translation>vana Exceli .xls-fail; ava see Excelis ja salvesta .xlsx- või .csv-failina</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="75" />
        <source>the Excel file cannot be read (%1)</source>
        <translation>Exceli faili ei saa lugeda (%1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="76" />
        <source>files of type %1 cannot be imported; use .xlsx or .csv</source>
        <translation>%1-tüüpi faile ei saa importida; kasuta .xlsx- või .csv-faili</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="78" />
        <source>the file cannot be read (%1)</source>
        <translation>faili ei saa lugeda (%1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="79" />
        <source>no header row with the columns name and municipality was found in the first %1 rows. Columns found: %2. Name the columns e.g. “Nimi” and “Omavalitsus”</source>
        <translation>esimesest %1 reast ei leitud päiserida veergudega nimi ja omavalitsus. Leitud veerud: %2. Pane veergudele nimeks nt „Nimi“ ja „Omavalitsus“</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="82" />
        <source>the required column %1 is missing. Columns found: %2</source>
        <translation>kohustuslik veerg %1 puudub. Leitud veerud: %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="85" />
        <source>the name is empty</source>
        <translation>nimi on tühi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="86" />
        <source>the municipality is empty</source>
        <translation>omavalitsus on tühi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="87" />
        <source>the %1 is longer than %2 characters</source>
        <translation>%1 on pikem kui %2 märki</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="88" />
        <source>the e-mail address “%1” looks wrong (kept as written)</source>
        <translation>e-posti aadress „%1“ tundub vigane (jäetakse nagu on)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="90" />
        <source>“%1” in the present column is not yes or no (taken as no)</source>
        <translation>„%1“ kohaloleku veerus pole jah ega ei (loetakse ei-ks)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="92" />
        <source>the same name and municipality as row %1</source>
        <translation>sama nimi ja omavalitsus kui real %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="93" />
        <source>already a participant of this workshop</source>
        <translation>on juba selle töötoa osaleja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="95" />
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="96" />
        <source>municipality</source>
        <translation>omavalitsus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="97" />
        <source>role</source>
        <translation>amet</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="98" />
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="99" />
        <source>present</source>
        <translation>kohal</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="100" />
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="101" />
        <source>name (Nimi/Name)</source>
        <translation>nimi (Nimi/Name)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="102" />
        <source>municipality (Omavalitsus/KOV/Municipality)</source>
        <translation>omavalitsus (Omavalitsus/KOV/Municipality)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="114" />
        <source>PNG image</source>
        <translation>PNG-pilt</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="114" />
        <source>PDF document</source>
        <translation>PDF-dokument</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="115" />
        <source>JPEG image</source>
        <translation>JPEG-pilt</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="115" />
        <source>GIF image</source>
        <translation>GIF-pilt</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="116" />
        <source>SQLite database</source>
        <translation>SQLite'i andmebaas</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="116" />
        <source>gzip archive</source>
        <translation>gzip-arhiiv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="117" />
        <source>RAR archive</source>
        <translation>RAR-arhiiv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="117" />
        <source>7-Zip archive</source>
        <translation>7-Zipi arhiiv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="118" />
        <source>RTF document</source>
        <translation>RTF-dokument</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="118" />
        <source>a zip archive</source>
        <translation>zip-arhiiv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="119" />
        <source>contains NUL bytes</source>
        <translation>sisaldab NUL-baite</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="119" />
        <source>a folder</source>
        <translation>kaust</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="120" />
        <source>not an Excel workbook</source>
        <translation>pole Exceli tööraamat</translation>
    </message>
</context>
</TS>
