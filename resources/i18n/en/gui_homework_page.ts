<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="98"/>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="102"/>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="118"/>
        <source>Running order of the follow-up seminar</source>
        <translation>Running order of the follow-up seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="140"/>
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="151"/>
        <source>A document for each &amp;municipality</source>
        <translation>A document for each &amp;municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="153"/>
        <source>&amp;Group lists</source>
        <translation>&amp;Group lists</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="165"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="167"/>
        <source>Write:</source>
        <translation>Write:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="174"/>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="99"/>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="171"/>
        <source>Fo&amp;lder:</source>
        <translation>Fo&amp;lder:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="198"/>
        <source>Homework pack</source>
        <translation>Homework pack</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="249"/>
        <source>No date set yet.</source>
        <translation>No date set yet.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="70"/>
        <source>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a summary document for the trainer.</source>
        <translation>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a summary document for the trainer.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="120"/>
        <source>Drag a municipality, or use the buttons, to change the order; the seminar opens and closes with a few minutes of yours.</source>
        <translation>Drag a municipality, or use the buttons, to change the order; the seminar opens and closes with a few minutes of yours.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="152"/>
        <source>&amp;Trainer&apos;s summary document</source>
        <translation>&amp;Trainer&apos;s summary document</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="253"/>
        <source>No video-call link yet: the documents say it will be sent by e-mail.</source>
        <translation>No video-call link yet: the documents say it will be sent by e-mail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="256"/>
        <source>%n minute(s) for each municipality.</source>
        <translation>
            <numerusform>%n minute for each municipality.</numerusform>
            <numerusform>%n minutes for each municipality.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="260"/>
        <source>The turns run %n minute(s) past the end of the seminar.</source>
        <translation>
            <numerusform>The turns run %n minute past the end of the seminar.</numerusform>
            <numerusform>The turns run %n minutes past the end of the seminar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="265"/>
        <source>built-in (choose your own in Preferences)</source>
        <translation>built-in (choose your own in Preferences)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="331"/>
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="332"/>
        <source>The running order could not be saved (%1). The order shown is the one in the file.</source>
        <translation>The running order could not be saved (%1). The order shown is the one in the file.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="344"/>
        <source>Folder for the homework pack</source>
        <translation>Folder for the homework pack</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="363"/>
        <source>Activities without a municipality</source>
        <translation>Activities without a municipality</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="366"/>
        <source>%n activity(-ies) have no municipality, so no municipality&apos;s document would hold them:</source>
        <translation>
            <numerusform>%n activity has no municipality, so no municipality&apos;s document would hold it:</numerusform>
            <numerusform>%n activities have no municipality, so no municipality&apos;s document would hold them:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="371"/>
        <source>Print in every pack</source>
        <translation>Print in every pack</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="372"/>
        <source>Fix them first</source>
        <translation>Fix them first</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="380"/>
        <source>Earlier pack in the folder</source>
        <translation>Earlier pack in the folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="381"/>
        <source>“%1” already holds an earlier pack (%n file(s)). Replace it (the earlier files are kept in the folder “%2” until the next export) or keep both?</source>
        <translation>
            <numerusform>“%1” already holds an earlier pack (%n file). Replace it (the earlier file is kept in the folder “%2” until the next export) or keep both?</numerusform>
            <numerusform>“%1” already holds an earlier pack (%n files). Replace it (the earlier files are kept in the folder “%2” until the next export) or keep both?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="386"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="387"/>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="401"/>
        <source>Nothing was written. Give the activities a municipality on the Activities page, then compile the pack again.</source>
        <translation>Nothing was written. Give the activities a municipality on the Activities page, then compile the pack again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="415"/>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="430"/>
        <source>Stopping after the current document…</source>
        <translation>Stopping after the current document…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="439"/>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Writing %1 (%2 of %3)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="449"/>
        <source>Export cancelled. %n complete document(s) were written before it stopped; no half-written file was left.</source>
        <translation>
            <numerusform>Export cancelled. %n complete document was written before it stopped; no half-written file was left.</numerusform>
            <numerusform>Export cancelled. %n complete documents were written before it stopped; no half-written file was left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="369"/>
        <location filename="../../../avtoituba/gui/homework/page.py" line="466"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="469"/>
        <source>%n document(s) written to %1:</source>
        <translation>
            <numerusform>%n document written to %1:</numerusform>
            <numerusform>%n documents written to %1:</numerusform>
        </translation>
    </message>
</context>
</TS>
