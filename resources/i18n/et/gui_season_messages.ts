<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeasonMessages</name>
    <message>
        <source>Write the season database&apos;s address as postgresql://USER@SERVER:PORT/DATABASE.</source>
        <translation>Kirjuta hooaja andmebaasi aadress kujul postgresql://KASUTAJA@SERVER:PORT/ANDMEBAAS.</translation>
    </message>
    <message>
        <source>The season database %1 refused the user. Check the user name, and the password in your PostgreSQL password file (pgpass) or PGPASSWORD.</source>
        <translation>Hooaja andmebaas %1 ei lubanud kasutajat sisse. Kontrolli kasutajanime ning parooli oma PostgreSQL-i paroolifailis (pgpass) või seades PGPASSWORD.</translation>
    </message>
    <message>
        <source>There is no such database at %1. Check its name, or ask the administrator to create it.</source>
        <translation>Aadressil %1 sellist andmebaasi pole. Kontrolli nime või palu haldajal andmebaas luua.</translation>
    </message>
    <message>
        <source>The season database %1 did not answer in time. Check the network and try again; nothing was changed.</source>
        <translation>Hooaja andmebaas %1 ei vastanud õigel ajal. Kontrolli võrguühendust ja proovi uuesti; midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The connection to the season database %1 was lost. Nothing was changed there or in your file: send again when it is back.</source>
        <translation>Ühendus hooaja andmebaasiga %1 katkes. Ei seal ega sinu failis muudetud midagi: saada uuesti, kui ühendus on tagasi.</translation>
    </message>
    <message>
        <source>Cannot reach the season database %1. Check the address and the network, or whether the server is running.</source>
        <translation>Hooaja andmebaasiga %1 ei saa ühendust. Kontrolli aadressi ja võrguühendust või seda, kas server töötab.</translation>
    </message>
    <message>
        <source>The season database %1 was made by a newer version of avtoituba. Update avtoituba to use it; nothing was changed.</source>
        <translation>Hooaja andmebaasi %1 on teinud avtoituba uuem versioon. Selle kasutamiseks uuenda avtoitubat; midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The season database %1 holds no workshops yet.</source>
        <translation>Hooaja andmebaasis %1 pole veel ühtegi töötuba.</translation>
    </message>
    <message>
        <source>The season database %1 has no such workshop. Refresh the list and choose again.</source>
        <translation>Hooaja andmebaasis %1 sellist töötuba pole. Värskenda loetelu ja vali uuesti.</translation>
    </message>
    <message>
        <source>The season database %1 already has a row like this one from another copy of the workshop (the same name twice). Rename it in one of the copies and send again.</source>
        <translation>Hooaja andmebaasis %1 on töötoa teisest koopiast juba samasugune rida (sama nimi kaks korda). Nimeta see ühes koopias ümber ja saada uuesti.</translation>
    </message>
    <message>
        <source>The season database %1 answered with an error: %2</source>
        <translation>Hooaja andmebaas %1 vastas veaga: %2</translation>
    </message>
</context>
</TS>
