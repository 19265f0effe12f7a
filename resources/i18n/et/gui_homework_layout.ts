<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ExportPage</name>
    <message>
        <source>&amp;All</source>
        <translation>K&amp;õik</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Mitte ü&amp;htki</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Omavalitsused</translation>
    </message>
    <message>
        <source>Running order of the follow-up seminar</source>
        <translation>Jätkuseminari esinemisjärjekord</translation>
    </message>
    <message>
        <source>Drag a municipality, or use the buttons, to change the order; the seminar opens and closes with a few minutes of yours.</source>
        <translation>Järjekorra muutmiseks lohista omavalitsust või kasuta nuppe; seminari alguses ja lõpus on mõni minut sinu jaoks.</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <source>A document for each &amp;municipality</source>
        <translation>Dokument igale &amp;omavalitsusele</translation>
    </message>
    <message>
        <source>&amp;Trainer's summary document</source>
        <translation>&amp;Koolitaja koonddokument</translation>
    </message>
    <message>
        <source>&amp;Group lists</source>
        <translation>&amp;Grupinimekirjad</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Koosta:</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Ka&amp;ust:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <source>&amp;Empty rows per area:</source>
        <translation>&amp;Tühje ridu valdkonna kohta:</translation>
    </message>
    <message>
        <source>&amp;Rows for new activities:</source>
        <translation>&amp;Ridu uutele tegevustele:</translation>
    </message>
</context>
</TS>
