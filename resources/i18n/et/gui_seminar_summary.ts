<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <source>Folder for the seminar summary</source>
        <translation>Seminari kokkuvõtte kaust</translation>
    </message>
    <message>
        <source>The summary could not be written into %1. Choose a folder you can write to and try again.</source>
        <translation>Kokkuvõtet ei õnnestunud kausta %1 kirjutada. Vali kaust, kuhu saad kirjutada, ja proovi uuesti.</translation>
    </message>
</context>
</TS>
