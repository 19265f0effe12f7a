<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Documents</name>
    <message>
        <source>Agenda: planned and actual</source>
        <extracomment>The report&apos;s wording (English sources; the Estonian in the catalogue, context &quot;Documents&quot;).</extracomment>
        <translation>Agenda: planned and actual</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Planned (min)</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Actual (min)</source>
        <translation>Actual (min)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>Planned end of the day</source>
        <translation>Planned end of the day</translation>
    </message>
    <message>
        <source>Actual end of the day</source>
        <translation>Actual end of the day</translation>
    </message>
</context>
</TS>
