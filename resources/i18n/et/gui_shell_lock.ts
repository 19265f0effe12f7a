<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>FileLock</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/lock.py" line="47"/>
        <source>“%1” is open in another avtoituba.</source>
        <translation>„%1“ on avatud teises avtoitubas.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/lock.py" line="49"/>
        <source>“%1” is open in another avtoituba (process %2 on the computer “%3”).</source>
        <translation>„%1“ on avatud teises avtoitubas (protsess %2 arvutis „%3“).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/lock.py" line="60"/>
        <source>Open &amp;read-only</source>
        <translation>Ava &amp;ainult lugemiseks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/lock.py" line="70"/>
        <source>Workshop already open</source>
        <translation>Töötuba on juba avatud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/lock.py" line="71"/>
        <source>Only one avtoituba at a time can change a workshop, so that nothing typed in one is lost in the other. Switch to the avtoituba that has it open, or open it here read-only to look at it.</source>
        <translation>Töötuba saab korraga muuta ainult üks avtoituba, et ühes sisestatu teises kaduma ei läheks. Mine avtoitubasse, kus see on avatud, või ava see siin ainult lugemiseks, et seda vaadata.</translation>
    </message>
</context>
</TS>
