<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportPage</name>
    <message>
        <source>Change the running order</source>
        <translation>Change the running order</translation>
    </message>
</context>
</TS>
