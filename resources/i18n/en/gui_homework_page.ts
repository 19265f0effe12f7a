<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportPage</name>
    <message>
        <source>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a combined document for the trainer.</source>
        <translation>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a combined document for the trainer.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Running order of the follow-up seminar</source>
        <translation>Running order of the follow-up seminar</translation>
    </message>
    <message>
        <source>Drag a municipality, or use the buttons, to change the order; each gets an equal share of the seminar.</source>
        <translation>Drag a municipality, or use the buttons, to change the order; each gets an equal share of the seminar.</translation>
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
        <source>&amp;Combined document for the trainer</source>
        <translation>&amp;Combined document for the trainer</translation>
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
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Change the running order</source>
        <translation>Change the running order</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>Follow-up seminar &amp;details…</source>
        <translation>Follow-up seminar &amp;details…</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Choo&amp;se…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Fo&amp;lder:</translation>
    </message>
    <message>
        <source>E&amp;xport homework pack</source>
        <translation>E&amp;xport homework pack</translation>
    </message>
    <message>
        <source>Export (Ctrl+E)</source>
        <translation>Export (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Homework pack</source>
        <translation>Homework pack</translation>
    </message>
    <message>
        <source>No date set yet.</source>
        <translation>No date set yet.</translation>
    </message>
    <message>
        <source>No video-call link yet.</source>
        <translation>No video-call link yet.</translation>
    </message>
    <message>
        <source>%1 minutes for each municipality.</source>
        <translation>%1 minutes for each municipality.</translation>
    </message>
    <message>
        <source>built-in (choose your own in Preferences)</source>
        <translation>built-in (choose your own in Preferences)</translation>
    </message>
    <message>
        <source>Folder for the homework pack</source>
        <translation>Folder for the homework pack</translation>
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
    <message>
        <source>…and %1 more</source>
        <translation>…and %1 more</translation>
    </message>
    <message>
        <source>%1 documents written to %2:</source>
        <translation>%1 documents written to %2:</translation>
    </message>
    <message>
        <source>Export cancelled. %1 complete documents were written before it stopped; no half-written file was left.</source>
        <translation>Export cancelled. %1 complete documents were written before it stopped; no half-written file was left.</translation>
    </message>
    <message>
        <source>“%1” could not be written: it is open in another program. Close it in Word and export again.</source>
        <translation>“%1” could not be written: it is open in another program. Close it in Word and export again.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the folder is read-only. Choose another folder.</source>
        <translation>“%1” could not be written: the folder is read-only. Choose another folder.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the disk is full. Free some space or choose another drive.</source>
        <translation>“%1” could not be written: the disk is full. Free some space or choose another drive.</translation>
    </message>
    <message>
        <source>The Word template “%1” cannot be used. Choose another one in Preferences, or clear it to use the built-in one.</source>
        <translation>The Word template “%1” cannot be used. Choose another one in Preferences, or clear it to use the built-in one.</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2).</source>
        <translation>“%1” could not be written (%2).</translation>
    </message>
    <message>
        <source>The documents written before it are complete; no half-written file was left.</source>
        <translation>The documents written before it are complete; no half-written file was left.</translation>
    </message>
</context>
</TS>
