<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Roster</name>
    <message>
        <source>this is not a regular file (a pipe or a device); save the list as a .xlsx or .csv file and choose that</source>
        <translation>see pole tavaline fail (vaid toru või seade); salvesta nimekiri .xlsx- või .csv-failina ja vali see</translation>
    </message>
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
        <source>the file is %1 MB; a registration list may be at most %2 MB. Save only the list&apos;s sheet, or split the list</source>
        <translation>fail on %1 MB; registreerimisnimekiri võib olla kõige rohkem %2 MB. Salvesta ainult nimekirja leht või jaga nimekiri osadeks</translation>
    </message>
    <message>
        <source>the Excel file would unpack to more than %1 MB, far more than a registration list needs; copy the list into a new workbook and save that</source>
        <translation>Exceli fail paisuks lahti pakkides üle %1 MB, palju rohkem, kui registreerimisnimekiri vajab; kopeeri nimekiri uude tööraamatusse ja salvesta see</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows; a registration list may have at most %1. Delete the empty or extra rows below the list, or split it</source>
        <translation>lehel on üle %1 rea; registreerimisnimekirjas võib olla kõige rohkem %1 rida. Kustuta nimekirja all olevad tühjad või üleliigsed read või jaga nimekiri osadeks</translation>
    </message>
    <message>
        <source>the sheet reaches column %1; a registration list may have at most %2 columns. Delete the cells right of the list and save again</source>
        <translation>leht ulatub veeruni %1; registreerimisnimekirjas võib olla kõige rohkem %2 veergu. Kustuta nimekirjast paremal olevad lahtrid ja salvesta uuesti</translation>
    </message>
    <message>
        <source>row %1 has a field longer than %2 characters, which no list needs; check the file&apos;s separators and quotation marks</source>
        <translation>real %1 on väli, mis on pikem kui %2 märki, mida ükski nimekiri ei vaja; kontrolli faili eraldajaid ja jutumärke</translation>
    </message>
    <message>
        <source>the text cannot be read in any known character encoding; save the list as “CSV UTF-8” or as .xlsx and try again</source>
        <translation>teksti ei saa lugeda ühegi tuntud märgikodeeringuga; salvesta nimekiri kujul „CSV UTF-8“ või .xlsx-failina ja proovi uuesti</translation>
    </message>
    <message>
        <source>the text encoding was guessed (Mac Roman); check that the names with õ, ä, ö, ü read right before importing</source>
        <translation>teksti kodeering on oletatud (Mac Roman); kontrolli enne importimist, et õ, ä, ö ja ü-ga nimed on õigesti loetavad</translation>
    </message>
    <message>
        <source>the file mixes two text encodings; each line was read in its own, but check that the names with õ, ä, ö, ü read right</source>
        <translation>failis on segamini kaks märgikodeeringut; iga rida loeti oma kodeeringus, aga kontrolli, et õ, ä, ö ja ü-ga nimed on õigesti loetavad</translation>
    </message>
    <message>
        <source>the list was read from the hidden sheet “%1”; check that it is the right list</source>
        <translation>nimekiri loeti peidetud lehelt „%1“; kontrolli, et see on õige nimekiri</translation>
    </message>
    <message>
        <source>the %1 comes from merged cells (row %2); check it</source>
        <translation>%1 on võetud ühendatud lahtritest (rida %2); kontrolli seda</translation>
    </message>
    <message>
        <source>the %1 is a formula without a saved value; open the file in Excel, save it and import again</source>
        <translation>%1 on valem ilma salvestatud väärtuseta; ava fail Excelis, salvesta see ja impordi uuesti</translation>
    </message>
    <message>
        <source>there is no column “%1”; the columns are: %2</source>
        <translation>veergu „%1“ pole; veerud on: %2</translation>
    </message>
    <message>
        <source>the %1 “%2” is a number or a date, not a name; check which column holds it</source>
        <translation>%1 „%2“ on arv või kuupäev, mitte nimi; kontrolli, mis veerus see on</translation>
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
