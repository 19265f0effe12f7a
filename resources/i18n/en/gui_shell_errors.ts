<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>avtoituba ran into an unexpected problem, but your work is saved.</source>
        <translation>avtoituba ran into an unexpected problem, but your work is saved.</translation>
    </message>
    <message>
        <source>Everything entered before this is safe in the workshop file, and you can keep working. If the last action did not take effect, do it again. The details are written to the log file:
%1</source>
        <translation>Everything entered before this is safe in the workshop file, and you can keep working. If the last action did not take effect, do it again. The details are written to the log file:
%1</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>Show the &amp;log folder</translation>
    </message>
</context>
</TS>
