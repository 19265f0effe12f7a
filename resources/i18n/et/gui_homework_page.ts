<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ExportPage</name>
    <message>
        <source>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a combined document for the trainer.</source>
        <translation>Igale omavalitsusele Wordi dokument tema tegevuste, kodutöö ja jätkuseminariga, valmis välja jagamiseks; lisaks koolitaja koonddokument.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>K&amp;õik</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Omavalitsused</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Liiguta &amp;üles</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Liiguta a&amp;lla</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Liiguta üles (Alt+nool üles)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Liiguta alla (Alt+nool alla)</translation>
    </message>
    <message>
        <source>Running order of the follow-up seminar</source>
        <translation>Jätkuseminari esinemisjärjekord</translation>
    </message>
    <message>
        <source>Drag a municipality, or use the buttons, to change the order; each gets an equal share of the seminar.</source>
        <translation>Järjekorra muutmiseks lohista omavalitsust või kasuta nuppe; igaüks saab seminarist võrdse osa.</translation>
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
        <source>&amp;Combined document for the trainer</source>
        <translation>Koolitaja &amp;koonddokument</translation>
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
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <source>Change the running order</source>
        <translation>Esinemisjärjekorra muutmine</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>Mitte ü&amp;htki</translation>
    </message>
    <message>
        <source>Follow-up seminar &amp;details…</source>
        <translation>Jätkuseminari an&amp;dmed…</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>Ka&amp;ust:</translation>
    </message>
    <message>
        <source>E&amp;xport homework pack</source>
        <translation>&amp;Koosta kodutööpakett</translation>
    </message>
    <message>
        <source>Export (Ctrl+E)</source>
        <translation>Koosta (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ava kaus&amp;t</translation>
    </message>
    <message>
        <source>Homework pack</source>
        <translation>Kodutööpakett</translation>
    </message>
    <message>
        <source>No date set yet.</source>
        <translation>Kuupäev on veel määramata.</translation>
    </message>
    <message>
        <source>No video-call link yet.</source>
        <translation>Videokõne linki veel pole.</translation>
    </message>
    <message>
        <source>%1 minutes for each municipality.</source>
        <translation>Igale omavalitsusele %1 minutit.</translation>
    </message>
    <message>
        <source>built-in (choose your own in Preferences)</source>
        <translation>sisseehitatud (oma malli saad valida eelistustes)</translation>
    </message>
    <message>
        <source>Folder for the homework pack</source>
        <translation>Kodutööpaketi kaust</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Valmistan ette…</translation>
    </message>
    <message>
        <source>Stopping after the current document…</source>
        <translation>Peatun pärast praegust dokumenti…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Kirjutan: %1 (%2/%3)…</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…ja veel %1</translation>
    </message>
    <message>
        <source>%1 documents written to %2:</source>
        <translation>%1 dokumenti kirjutati kausta %2:</translation>
    </message>
    <message>
        <source>Export cancelled. %1 complete documents were written before it stopped; no half-written file was left.</source>
        <translation>Eksport katkestati. Enne peatumist valmis %1 terviklikku dokumenti; pooleldi kirjutatud faile ei jäänud.</translation>
    </message>
    <message>
        <source>“%1” could not be written: it is open in another program. Close it in Word and export again.</source>
        <translation>Faili „%1“ ei saanud kirjutada: see on avatud teises programmis. Sulge see Wordis ja ekspordi uuesti.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the folder is read-only. Choose another folder.</source>
        <translation>Faili „%1“ ei saanud kirjutada: kaust on kirjutuskaitstud. Vali mõni teine kaust.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the disk is full. Free some space or choose another drive.</source>
        <translation>Faili „%1“ ei saanud kirjutada: ketas on täis. Vabasta ruumi või vali mõni teine ketas.</translation>
    </message>
    <message>
        <source>The Word template “%1” cannot be used. Choose another one in Preferences, or clear it to use the built-in one.</source>
        <translation>Wordi malli „%1“ ei saa kasutada. Vali eelistustes mõni teine mall või tühjenda valik, et kasutada sisseehitatud malli.</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2).</source>
        <translation>Faili „%1“ ei saanud kirjutada (%2).</translation>
    </message>
    <message>
        <source>The documents written before it are complete; no half-written file was left.</source>
        <translation>Enne seda kirjutatud dokumendid on terviklikud; pooleldi kirjutatud faile ei jäänud.</translation>
    </message>
</context>
</TS>
