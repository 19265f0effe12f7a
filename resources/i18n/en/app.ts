<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Startup</name>
    <message>
        <source>The demo workshop opens instead.</source>
        <translation>The demo workshop opens instead.</translation>
    </message>
</context>
</TS>
