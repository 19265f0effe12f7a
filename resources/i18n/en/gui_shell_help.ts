<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>avtoituba user guide</source>
        <translation>avtoituba user guide</translation>
    </message>
</context>
</TS>
