<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarRun</name>
    <message>
        <source>Opening</source>
        <extracomment>minutes for the discussion after the last municipality (a setting) a turn never gets less than this when the time is shared out</extracomment>
        <translation>Avasõnad</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Arutelu</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Lõpetamine</translation>
    </message>
</context>
</TS>
