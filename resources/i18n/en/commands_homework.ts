<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Returns</name>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 new, %2 changed, %3 unchanged</translation>
    </message>
    <message>
        <source>Nothing was written (--dry-run).</source>
        <translation>Nothing was written (--dry-run).</translation>
    </message>
</context>
</TS>
