<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ReturnStatus</name>
    <message>
        <source>Not returned</source>
        <translation>Tagastamata</translation>
    </message>
    <message>
        <source>Returned %1</source>
        <translation>Tagastatud %1</translation>
    </message>
    <message>
        <source>No completed homework pack imported yet.</source>
        <translation>Täidetud kodutööpaketti pole veel imporditud.</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (imporditud %2)</translation>
    </message>
    <message>
        <source>Returned homework</source>
        <translation>Tagastatud kodutööd</translation>
    </message>
    <message>
        <source>&amp;Import returned homework…</source>
        <translation>&amp;Impordi tagastatud kodutööd…</translation>
    </message>
    <message>
        <source>%1 of %2 came back</source>
        <translation>Tagasi on %1/%2</translation>
    </message>
</context>
</TS>
