<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ActivityWall</name>
    <message>
        <source>No activities yet</source>
        <translation>Tegevusi veel ei ole</translation>
    </message>
</context>
</TS>
