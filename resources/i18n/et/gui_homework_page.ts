<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ExportPage</name>
    <message>
        <source>Homework pack</source>
        <translation>Kodutööpakett</translation>
    </message>
    <message>
        <source>No date set yet.</source>
        <translation>Kuupäev on veel määramata.</translation>
    </message>
    <message>
        <source>A Word document for each municipality with its activities, the homework and the follow-up seminar, ready to hand out; and a summary document for the trainer.</source>
        <translation>Igale omavalitsusele Wordi dokument tema tegevuste, kodutöö ja jätkuseminari teabega, valmis välja jagamiseks, ning koolitajale koonddokument.</translation>
    </message>
    <message>
        <source>No video-call link yet: the documents say it will be sent by e-mail.</source>
        <translation>Videokõne linki veel pole: dokumentides on kirjas, et see saadetakse e-kirjaga.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) for each municipality.</source>
        <translation>
            <numerusform>Igale omavalitsusele %n minut.</numerusform>
            <numerusform>Igale omavalitsusele %n minutit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The turns run %n minute(s) past the end of the seminar.</source>
        <translation>
            <numerusform>Esinemised kestavad %n minuti seminari lõpust kauem.</numerusform>
            <numerusform>Esinemised kestavad %n minutit seminari lõpust kauem.</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in (choose your own in Preferences)</source>
        <translation>sisseehitatud (oma malli saad valida eelistustes)</translation>
    </message>
    <message>
        <source>Running order</source>
        <translation>Esinemisjärjekord</translation>
    </message>
    <message>
        <source>The running order could not be saved (%1). The order shown is the one in the file.</source>
        <translation>Esinemisjärjekorda ei saanud salvestada (%1). Näidatud on failis olev järjekord.</translation>
    </message>
    <message>
        <source>Empty rows</source>
        <translation>Tühjad read</translation>
    </message>
    <message>
        <source>The number of empty rows could not be saved (%1). The numbers shown are the ones in the file.</source>
        <translation>Tühjade ridade arvu ei saanud salvestada (%1). Näha on failis olevad arvud.</translation>
    </message>
    <message>
        <source>Folder for the homework pack</source>
        <translation>Kodutööpaketi kaust</translation>
    </message>
    <message>
        <source>Activities without a municipality</source>
        <translation>Omavalitsuseta tegevused</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies) have no municipality, so no municipality&apos;s document would hold them:</source>
        <translation>
            <numerusform>%n tegevusel pole omavalitsust, nii et see ei jõuaks ühegi omavalitsuse dokumenti:</numerusform>
            <numerusform>%n tegevusel pole omavalitsust, nii et need ei jõuaks ühegi omavalitsuse dokumenti:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print them in every pack under “%1”, or fix them first: the Activities page opens at the first one, to give it a municipality.</source>
        <translation>
            <numerusform>Trüki see iga omavalitsuse paketti pealkirja „%1“ alla või paranda enne: avaneb leht Tegevused, kus saad tegevusele omavalitsuse määrata.</numerusform>
            <numerusform>Trüki need iga omavalitsuse paketti pealkirja „%1“ alla või paranda enne: avaneb leht Tegevused esimese tegevuse juures, kus saad sellele omavalitsuse määrata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print in every pack</source>
        <translation>Trüki igasse paketti</translation>
    </message>
    <message>
        <source>Fix them first</source>
        <translation>Paranda enne</translation>
    </message>
    <message>
        <source>Earlier pack in the folder</source>
        <translation>Kaustas on varasem pakett</translation>
    </message>
    <message numerus="yes">
        <source>“%1” already holds an earlier pack (%n file(s)). Replace it (the earlier files are kept in the folder “%2” until the next export) or keep both?</source>
        <translation>
            <numerusform>Kaustas „%1“ on juba varasem pakett (%n fail). Kas asendad selle (varasem fail jääb kausta „%2“ kuni järgmise koostamiseni) või jätad alles mõlemad?</numerusform>
            <numerusform>Kaustas „%1“ on juba varasem pakett (%n faili). Kas asendad selle (varasemad failid jäävad kausta „%2“ kuni järgmise koostamiseni) või jätad alles mõlemad?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Asenda</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Jäta mõlemad</translation>
    </message>
    <message>
        <source>Nothing was written. Give the activities a municipality on the Activities page, then compile the pack again.</source>
        <translation>Midagi ei kirjutatud. Määra tegevustele lehel Tegevused omavalitsus ja koosta pakett uuesti.</translation>
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
    <message numerus="yes">
        <source>Export cancelled. %n complete document(s) were written before it stopped; no half-written file was left.</source>
        <translation>
            <numerusform>Koostamine katkestati. Enne seda kirjutati %n terviklik dokument; poolikut faili ei jäänud.</numerusform>
            <numerusform>Koostamine katkestati. Enne seda kirjutati %n terviklikku dokumenti; poolikut faili ei jäänud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ja veel %n</numerusform>
            <numerusform>…ja veel %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) written to %1:</source>
        <translation>
            <numerusform>%n dokument kirjutati kausta %1:</numerusform>
            <numerusform>%n dokumenti kirjutati kausta %1:</numerusform>
        </translation>
    </message>
</context>
</TS>
