<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="98"/>
        <source>&amp;All</source>
        <translation>K&amp;õik</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="102"/>
        <source>Municipalities</source>
        <translation>Omavalitsused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="118"/>
        <source>Running order of the follow-up seminar</source>
        <translation>Jätkuseminari esinemisjärjekord</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="140"/>
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="151"/>
        <source>A document for each &amp;municipality</source>
        <translation>Dokument igale &amp;omavalitsusele</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="153"/>
        <source>&amp;Group lists</source>
        <translation>&amp;Grupinimekirjad</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="165"/>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="167"/>
        <source>Write:</source>
        <translation>Koosta:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="174"/>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="99"/>
        <source>&amp;None</source>
        <translation>Mitte ü&amp;htki</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="171"/>
        <source>Fo&amp;lder:</source>
        <translation>Ka&amp;ust:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="198"/>
        <source>Homework pack</source>
        <translation>Kodutööpakett</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="249"/>
        <source>No date set yet.</source>
        <translation>Kuupäev on veel määramata.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="70"/>
        <source>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a summary document for the trainer.</source>
        <translation>Igale omavalitsusele Wordi dokument tema tegevuste, kodutöö ja jätkuseminari teabega, valmis välja jagamiseks, ning koolitajale koonddokument.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="120"/>
        <source>Drag a municipality, or use the buttons, to change the order; the seminar opens and closes with a few minutes of yours.</source>
        <translation>Järjekorra muutmiseks lohista omavalitsust või kasuta nuppe; seminari alguses ja lõpus on mõni minut sinu jaoks.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="152"/>
        <source>&amp;Trainer&apos;s summary document</source>
        <translation>&amp;Koolitaja koonddokument</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="253"/>
        <source>No video-call link yet: the documents say it will be sent by e-mail.</source>
        <translation>Videokõne linki veel pole: dokumentides on kirjas, et see saadetakse e-kirjaga.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="256"/>
        <source>%n minute(s) for each municipality.</source>
        <translation>
            <numerusform>Igale omavalitsusele %n minut.</numerusform>
            <numerusform>Igale omavalitsusele %n minutit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="260"/>
        <source>The turns run %n minute(s) past the end of the seminar.</source>
        <translation>
            <numerusform>Esinemised kestavad %n minuti seminari lõpust kauem.</numerusform>
            <numerusform>Esinemised kestavad %n minutit seminari lõpust kauem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="265"/>
        <source>built-in (choose your own in Preferences)</source>
        <translation>sisseehitatud (oma malli saad valida eelistustes)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="331"/>
        <source>Running order</source>
        <translation>Esinemisjärjekord</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="332"/>
        <source>The running order could not be saved (%1). The order shown is the one in the file.</source>
        <translation>Esinemisjärjekorda ei saanud salvestada (%1). Näidatud on failis olev järjekord.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="344"/>
        <source>Folder for the homework pack</source>
        <translation>Kodutööpaketi kaust</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="363"/>
        <source>Activities without a municipality</source>
        <translation>Omavalitsuseta tegevused</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="366"/>
        <source>%n activity(-ies) have no municipality, so no municipality&apos;s document would hold them:</source>
        <translation>
            <numerusform>%n tegevusel pole omavalitsust, nii et see ei jõuaks ühegi omavalitsuse dokumenti:</numerusform>
            <numerusform>%n tegevusel pole omavalitsust, nii et need ei jõuaks ühegi omavalitsuse dokumenti:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="371"/>
        <source>Print in every pack</source>
        <translation>Trüki igasse paketti</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="372"/>
        <source>Fix them first</source>
        <translation>Paranda enne</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="380"/>
        <source>Earlier pack in the folder</source>
        <translation>Kaustas on varasem pakett</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="381"/>
        <source>“%1” already holds an earlier pack (%n file(s)). Replace it (the earlier files are kept in the folder “%2” until the next export) or keep both?</source>
        <translation>
            <numerusform>Kaustas „%1“ on juba varasem pakett (%n fail). Kas asendad selle (varasem fail jääb kausta „%2“ kuni järgmise koostamiseni) või jätad alles mõlemad?</numerusform>
            <numerusform>Kaustas „%1“ on juba varasem pakett (%n faili). Kas asendad selle (varasemad failid jäävad kausta „%2“ kuni järgmise koostamiseni) või jätad alles mõlemad?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="386"/>
        <source>Replace</source>
        <translation>Asenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="387"/>
        <source>Keep both</source>
        <translation>Jäta mõlemad</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="401"/>
        <source>Nothing was written. Give the activities a municipality on the Activities page, then compile the pack again.</source>
        <translation>Midagi ei kirjutatud. Määra tegevustele lehel Tegevused omavalitsus ja koosta pakett uuesti.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="415"/>
        <source>Preparing…</source>
        <translation>Valmistan ette…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="430"/>
        <source>Stopping after the current document…</source>
        <translation>Peatun pärast praegust dokumenti…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/page.py" line="439"/>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Kirjutan: %1 (%2/%3)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="449"/>
        <source>Export cancelled. %n complete document(s) were written before it stopped; no half-written file was left.</source>
        <translation>
            <numerusform>Koostamine katkestati. Enne seda kirjutati %n terviklik dokument; poolikut faili ei jäänud.</numerusform>
            <numerusform>Koostamine katkestati. Enne seda kirjutati %n terviklikku dokumenti; poolikut faili ei jäänud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="369"/>
        <location filename="../../../avtoituba/gui/homework/page.py" line="466"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…ja veel %n</numerusform>
            <numerusform>…ja veel %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/homework/page.py" line="469"/>
        <source>%n document(s) written to %1:</source>
        <translation>
            <numerusform>%n dokument kirjutati kausta %1:</numerusform>
            <numerusform>%n dokumenti kirjutati kausta %1:</numerusform>
        </translation>
    </message>
</context>
</TS>
