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
    <message>
        <source>Choose the municipality first (or type its name), then press Enter again.</source>
        <translation>Choose the municipality first (or type its name), then press Enter again.</translation>
    </message>
    <message>
        <source>“%1” is not in the registration list. Did you mean “%2”?</source>
        <translation>“%1” is not in the registration list. Did you mean “%2”?</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Add as new</translation>
    </message>
    <message>
        <source>Add “%1” as a new municipality</source>
        <translation>Add “%1” as a new municipality</translation>
    </message>
</context>
</TS>
