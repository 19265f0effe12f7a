<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Documents</name>
    <message>
        <source>Agenda: planned and actual</source>
        <extracomment>The report&apos;s wording (English sources; the Estonian in the catalogue, context &quot;Documents&quot;).</extracomment>
        <translation>Ajakava: plaan ja tegelikkus</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Plokk</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Plaanitud algus</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Plaanitud lõpp</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Plaanitud (min)</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tegelik algus</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tegelik lõpp</translation>
    </message>
    <message>
        <source>Actual (min)</source>
        <translation>Tegelik (min)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Vahe</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ei toimunud</translation>
    </message>
    <message>
        <source>running</source>
        <translation>käib</translation>
    </message>
    <message>
        <source>Planned end of the day</source>
        <translation>Päeva plaanitud lõpp</translation>
    </message>
    <message>
        <source>Actual end of the day</source>
        <translation>Päeva tegelik lõpp</translation>
    </message>
</context>
</TS>
