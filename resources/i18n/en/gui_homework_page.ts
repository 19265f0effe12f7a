<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportPage</name>
    <message>
        <source>Homework pack</source>
        <translation>Homework pack</translation>
    </message>
    <message>
        <source>No date set yet.</source>
        <translation>No date set yet.</translation>
    </message>
    <message>
        <source>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a summary document for the trainer.</source>
        <translation>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a summary document for the trainer.</translation>
    </message>
    <message>
        <source>No video-call link yet: the documents say it will be sent by e-mail.</source>
        <translation>No video-call link yet: the documents say it will be sent by e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) for each municipality.</source>
        <translation>
            <numerusform>%n minute for each municipality.</numerusform>
            <numerusform>%n minutes for each municipality.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The turns run %n minute(s) past the end of the seminar.</source>
        <translation>
            <numerusform>The turns run %n minute past the end of the seminar.</numerusform>
            <numerusform>The turns run %n minutes past the end of the seminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in (choose your own in Preferences)</source>
        <translation>built-in (choose your own in Preferences)</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <source>The running order could not be saved (%1). The order shown is the one in the file.</source>
        <translation>The running order could not be saved (%1). The order shown is the one in the file.</translation>
    </message>
    <message>
        <source>Empty rows</source>
        <translation>Empty rows</translation>
    </message>
    <message>
        <source>The number of empty rows could not be saved (%1). The numbers shown are the ones in the file.</source>
        <translation>The number of empty rows could not be saved (%1). The numbers shown are the ones in the file.</translation>
    </message>
    <message>
        <source>Folder for the homework pack</source>
        <translation>Folder for the homework pack</translation>
    </message>
    <message>
        <source>Activities without a municipality</source>
        <translation>Activities without a municipality</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies) have no municipality, so no municipality&apos;s document would hold them:</source>
        <translation>
            <numerusform>%n activity has no municipality, so no municipality&apos;s document would hold it:</numerusform>
            <numerusform>%n activities have no municipality, so no municipality&apos;s document would hold them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print them in every pack under “%1”, or fix them first: the Activities page opens at the first one, to give it a municipality.</source>
        <translation>
            <numerusform>Print it in every pack under “%1”, or fix it first: the Activities page opens at it, to give it a municipality.</numerusform>
            <numerusform>Print them in every pack under “%1”, or fix them first: the Activities page opens at the first one, to give it a municipality.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print in every pack</source>
        <translation>Print in every pack</translation>
    </message>
    <message>
        <source>Fix them first</source>
        <translation>Fix them first</translation>
    </message>
    <message>
        <source>Earlier pack in the folder</source>
        <translation>Earlier pack in the folder</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already holds an earlier pack (%n file(s)). Replace it (the earlier files are kept in the folder “%2” until the next export) or keep both?</source>
        <translation>
            <numerusform>“%1” already holds an earlier pack (%n file). Replace it (the earlier file is kept in the folder “%2” until the next export) or keep both?</numerusform>
            <numerusform>“%1” already holds an earlier pack (%n files). Replace it (the earlier files are kept in the folder “%2” until the next export) or keep both?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Nothing was written. Give the activities a municipality on the Activities page, then compile the pack again.</source>
        <translation>Nothing was written. Give the activities a municipality on the Activities page, then compile the pack again.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Stopping after the current document…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Writing %1 (%2 of %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled. %n complete document(s) were written before it stopped; no half-written file was left.</source>
        <translation>
            <numerusform>Export cancelled. %n complete document was written before it stopped; no half-written file was left.</numerusform>
            <numerusform>Export cancelled. %n complete documents were written before it stopped; no half-written file was left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1:</source>
        <translation>
            <numerusform>%n document written to %1:</numerusform>
            <numerusform>%n documents written to %1:</numerusform>
        </translation>
    </message>
</context>
</TS>
