<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ExportPage</name>
    <message>
        <source>Change the running order</source>
        <translation>Muuda esinemisjärjekorda</translation>
    </message>
</context>
</TS>
