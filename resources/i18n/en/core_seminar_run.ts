<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarRun</name>
    <message>
        <source>Opening</source>
        <extracomment>minutes for the discussion after the last municipality (a setting) a turn never gets less than this when the time is shared out</extracomment>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
</context>
</TS>
