<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ScribeLink</name>
    <message>
        <source>device %1</source>
        <translation>device %1</translation>
    </message>
    <message>
        <source>group %1 device %2</source>
        <translation>group %1 device %2</translation>
    </message>
</context>
</TS>
