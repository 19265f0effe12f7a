<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>QuickAddBar</name>
    <message>
        <source>New activity: type and press Enter</source>
        <translation>Uus tegevus: kirjuta ja vajuta Enter</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <source>Add the activity (Enter)</source>
        <translation>Lisa tegevus (Enter)</translation>
    </message>
    <message>
        <source>— area —</source>
        <translation>— valdkond —</translation>
    </message>
</context>
</TS>
