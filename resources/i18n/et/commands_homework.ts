<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Returns</name>
    <message>
        <location filename="../../../avtoituba/commands/homework.py" line="58" />
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 uut, %2 muudetud, %3 muutmata</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/commands/homework.py" line="72" />
        <source>Nothing was written (--dry-run).</source>
        <translation>Midagi ei salvestatud (--dry-run).</translation>
    </message>
</context>
</TS>
