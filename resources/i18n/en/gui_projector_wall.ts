<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityWall</name>
    <message>
        <source>No activities yet</source>
        <translation>No activities yet</translation>
    </message>
</context>
</TS>
