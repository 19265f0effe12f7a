<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>WelcomeScene</name>
    <message>
        <source>start %1</source>
        <translation>algus kell %1</translation>
    </message>
    <message>
        <source>We start in %1</source>
        <translation>Alustame %1 pärast</translation>
    </message>
</context>
</TS>
