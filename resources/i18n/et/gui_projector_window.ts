<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>StageWindow</name>
    <message>
        <source>avtoituba – projector</source>
        <extracomment>the scene that the welcome stands in for until the day has started</extracomment>
        <translation>avtoituba – projektor</translation>
    </message>
    <message>
        <source>Presenting: %1  %2</source>
        <translation>Esitab: %1  %2</translation>
    </message>
</context>
</TS>
