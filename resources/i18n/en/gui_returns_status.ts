<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ReturnStatus</name>
    <message>
        <source>Not returned</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <source>Returned %1</source>
        <translation>Returned %1</translation>
    </message>
    <message>
        <source>No completed homework pack imported yet.</source>
        <translation>No completed homework pack imported yet.</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (imported %2)</translation>
    </message>
    <message>
        <source>Returned homework</source>
        <translation>Returned homework</translation>
    </message>
    <message>
        <source>&amp;Import returned homework…</source>
        <translation>&amp;Import returned homework…</translation>
    </message>
    <message>
        <source>%1 of %2 came back</source>
        <translation>%1 of %2 came back</translation>
    </message>
</context>
</TS>
