<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Returns</name>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 uut, %2 muudetud, %3 muutmata</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Midagi ei salvestatud (--dry-run).</translation>
    </message>
</context>
</TS>
