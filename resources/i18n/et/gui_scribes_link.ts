<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ScribeLink</name>
    <message>
        <source>device %1</source>
        <translation>seade %1</translation>
    </message>
    <message>
        <source>group %1 device %2</source>
        <translation>%1. grupi seade %2</translation>
    </message>
</context>
</TS>
