<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsStageScene</name>
    <message>
        <source>presenter</source>
        <translation>presenter</translation>
    </message>
</context>
</TS>
