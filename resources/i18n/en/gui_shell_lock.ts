<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FileLock</name>
    <message>
        <source>“%1” is open in another avtoituba.</source>
        <translation>“%1” is open in another avtoituba.</translation>
    </message>
    <message>
        <source>“%1” is open in another avtoituba (process %2 on the computer “%3”).</source>
        <translation>“%1” is open in another avtoituba (process %2 on the computer “%3”).</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>Workshop already open</source>
        <translation>Workshop already open</translation>
    </message>
    <message>
        <source>Only one avtoituba at a time can change a workshop, so that nothing typed in one is lost in the other. Switch to the avtoituba that has it open, or open it here read-only to look at it.</source>
        <translation>Only one avtoituba at a time can change a workshop, so that nothing typed in one is lost in the other. Switch to the avtoituba that has it open, or open it here read-only to look at it.</translation>
    </message>
</context>
</TS>
