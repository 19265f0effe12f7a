<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QuickAddBar</name>
    <message>
        <source>New activity: type and press Enter</source>
        <translation>New activity: type and press Enter</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add the activity (Enter)</source>
        <translation>Add the activity (Enter)</translation>
    </message>
    <message>
        <source>— area —</source>
        <translation>— area —</translation>
    </message>
</context>
</TS>
