<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>StageWindow</name>
    <message>
        <source>avtoituba – projector</source>
        <extracomment>the scene that the welcome stands in for until the day has started</extracomment>
        <translation>avtoituba – projector</translation>
    </message>
    <message>
        <source>Presenting: %1  %2</source>
        <translation>Presenting: %1  %2</translation>
    </message>
</context>
</TS>
