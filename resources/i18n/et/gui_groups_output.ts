<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupsOutput</name>
    <message>
        <source>Save group lists</source>
        <translation>Grupinimekirjade salvestamine</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Wordi dokumendid (*.docx)</translation>
    </message>
    <message>
        <source>The group lists could not be saved.</source>
        <translation>Grupinimekirju ei õnnestunud salvestada.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</source>
        <translation>Kontrolli, et kaust on olemas ja sinna saab kirjutada ning et dokument pole Wordis avatud, ja proovi uuesti.</translation>
    </message>
    <message>
        <source>Group lists saved: %1</source>
        <translation>Grupinimekirjad salvestatud: %1</translation>
    </message>
</context>
</TS>
