<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>WelcomeScene</name>
    <message>
        <source>start %1</source>
        <translation>start %1</translation>
    </message>
    <message>
        <source>We start in %1</source>
        <translation>We start in %1</translation>
    </message>
</context>
</TS>
