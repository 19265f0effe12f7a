<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Roster</name>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="101"/>
        <source>this is not a regular file (a pipe or a device); save the list as a .xlsx or .csv file and choose that</source>
        <translation>see pole tavaline fail (vaid toru või seade); salvesta nimekiri .xlsx- või .csv-failina ja vali see</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="104"/>
        <source>the file is {size} MB; a registration list may be at most {limit} MB. Save only the list&apos;s sheet, or split the list</source>
        <translation>fail on {size} MB; registreerimisnimekiri võib olla kõige rohkem {limit} MB. Salvesta ainult nimekirja leht või jaga nimekiri osadeks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="107"/>
        <source>the Excel file would unpack to more than {limit} MB, far more than a registration list needs; copy the list into a new workbook and save that</source>
        <translation>Exceli fail paisuks lahti pakkides üle {limit} MB, palju rohkem, kui registreerimisnimekiri vajab; kopeeri nimekiri uude töövihikusse ja salvesta see</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="110"/>
        <source>the sheet has more than {limit} rows; a registration list may have at most {limit}. Delete the empty or extra rows below the list, or split it</source>
        <translation>lehel on üle {limit} rea; registreerimisnimekirjas võib olla kõige rohkem {limit} rida. Kustuta nimekirja all olevad tühjad või üleliigsed read või jaga nimekiri osadeks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="113"/>
        <source>the sheet reaches column {column}; a registration list may have at most {limit} columns. Delete the cells right of the list and save again</source>
        <translation>leht ulatub veeruni {column}; registreerimisnimekirjas võib olla kõige rohkem {limit} veergu. Kustuta nimekirjast paremal olevad lahtrid ja salvesta uuesti</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="116"/>
        <source>row {row} has a field longer than {limit} characters, which no list needs; check the file&apos;s separators and quotation marks</source>
        <translation>real {row} on väli, mis on pikem kui {limit} märki, mida ükski nimekiri ei vaja; kontrolli faili eraldajaid ja jutumärke</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="119"/>
        <source>the text cannot be read in any known character encoding; save the list as &quot;CSV UTF-8&quot; or as .xlsx and try again</source>
        <translation>teksti ei saa lugeda ühegi tuntud märgikodeeringuga; salvesta nimekiri kujul „CSV UTF-8“ või .xlsx-failina ja proovi uuesti</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="122"/>
        <source>the text encoding was guessed (Mac Roman); check that the names with õ, ä, ö, ü read right before importing</source>
        <translation>teksti kodeering on oletatud (Mac Roman); kontrolli enne importimist, et õ, ä, ö ja ü-ga nimed on õigesti loetavad</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="125"/>
        <source>the file mixes two text encodings; each line was read in its own, but check that the names with õ, ä, ö, ü read right</source>
        <translation>failis on segamini kaks märgikodeeringut; iga rida loeti oma kodeeringus, aga kontrolli, et õ, ä, ö ja ü-ga nimed on õigesti loetavad</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="128"/>
        <source>the list was read from the hidden sheet „{sheet}“; check that it is the right list</source>
        <translation>nimekiri loeti peidetud lehelt „{sheet}“; kontrolli, et see on õige nimekiri</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="131"/>
        <source>the {field} comes from merged cells (row {row}); check it</source>
        <translation>{field} on võetud ühendatud lahtritest (rida {row}); kontrolli seda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="133"/>
        <source>the {field} is a formula without a saved value; open the file in Excel, save it and import again</source>
        <translation>{field} on valem ilma salvestatud väärtuseta; ava fail Excelis, salvesta see ja impordi uuesti</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="136"/>
        <source>there is no column „{column}“; the columns are: {found}</source>
        <translation>veergu „{column}“ pole; veerud on: {found}</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="138"/>
        <source>the {field} „{value}“ is a number or a date, not a name; check which column holds it</source>
        <translation>{field} „{value}“ on arv või kuupäev, mitte nimi; kontrolli, mis veerus see on</translation>
    </message>
</context>
</TS>
