<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupsStageScene</name>
    <message>
        <source>presenter</source>
        <translation>esitaja</translation>
    </message>
</context>
</TS>
