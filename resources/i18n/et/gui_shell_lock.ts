<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>FileLock</name>
    <message>
        <source>“%1” is open in another avtoituba.</source>
        <translation>„%1“ on avatud avtoituba teises aknas.</translation>
    </message>
    <message>
        <source>“%1” is open in another avtoituba (process %2 on the computer “%3”).</source>
        <translation>„%1“ on avatud avtoituba teises aknas (protsess %2 arvutis „%3“).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ava &amp;ainult lugemiseks</translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation>Töötuba on juba avatud</translation>
    </message>
    <message>
        <source>Only one avtoituba at a time can change a workshop, so that nothing typed in one is lost in the other. Switch to the avtoituba that has it open, or open it here read-only to look at it.</source>
        <translation>Töötuba saab korraga muuta ainult ühes avtoituba aknas, et ühes sisestatu teises kaduma ei läheks. Jätka tööd avtoituba teises aknas, kus see on avatud, või ava see siin ainult lugemiseks, et seda vaadata.</translation>
    </message>
</context>
</TS>
