<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>StageWindow</name>
    <message>
        <source>avtoituba – projector</source>
        <translation>avtoituba – projector</translation>
    </message>
    <message>
        <source>avtoituba</source>
        <translation>avtoituba</translation>
    </message>
</context>
</TS>
