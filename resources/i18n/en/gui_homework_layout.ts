<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportPage</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Running order of the follow-up seminar</source>
        <translation>Running order of the follow-up seminar</translation>
    </message>
    <message>
        <source>Drag a municipality, or use the buttons, to change the order; the seminar opens and closes with a few minutes of yours.</source>
        <translation>Drag a municipality, or use the buttons, to change the order; the seminar opens and closes with a few minutes of yours.</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <source>A document for each &amp;municipality</source>
        <translation>A document for each &amp;municipality</translation>
    </message>
    <message>
        <source>&amp;Trainer's summary document</source>
        <translation>&amp;Trainer's summary document</translation>
    </message>
    <message>
        <source>&amp;Group lists</source>
        <translation>&amp;Group lists</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Write:</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Fo&amp;lder:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>&amp;Empty rows per area:</source>
        <translation>&amp;Empty rows per area:</translation>
    </message>
    <message>
        <source>&amp;Rows for new activities:</source>
        <translation>&amp;Rows for new activities:</translation>
    </message>
</context>
</TS>
