<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Midagi läks valesti</translation>
    </message>
    <message>
        <source>avtoituba ran into an unexpected problem, but your work is saved.</source>
        <translation>avtoitubas tekkis ootamatu viga, kuid sinu töö on salvestatud.</translation>
    </message>
    <message>
        <source>Everything entered before this is safe in the workshop file, and you can keep working. If the last action did not take effect, do it again. The details are written to the log file:
%1</source>
        <translation>Kõik enne seda sisestatu on töötoa failis alles ja võid tööd jätkata. Kui viimane toiming ei jõustunud, tee see uuesti. Üksikasjad on kirjas logifailis:
%1</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Näita &amp;logikausta</translation>
    </message>
</context>
</TS>
