<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ReturnsMenu</name>
    <message>
        <source>&amp;Import returned homework…</source>
        <translation>&amp;Import returned homework…</translation>
    </message>
    <message>
        <source>Read the homework packs the municipalities sent back</source>
        <translation>Read the homework packs the municipalities sent back</translation>
    </message>
</context>
</TS>
