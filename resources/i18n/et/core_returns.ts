<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Returns</name>
    <message>
        <source>activity</source>
        <translation>tegevus</translation>
    </message>
    <message>
        <source>description</source>
        <translation>kirjeldus</translation>
    </message>
    <message>
        <source>leaders</source>
        <translation>juhid</translation>
    </message>
    <message>
        <source>key people</source>
        <translation>võtmeisikud</translation>
    </message>
    <message>
        <source>outside partners</source>
        <translation>majavälised partnerid</translation>
    </message>
    <message>
        <source>who to involve (note)</source>
        <translation>keda kaasata (märkus)</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>vastutaja</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>tähtaeg</translation>
    </message>
    <message>
        <source>digital solution</source>
        <translation>digilahendus</translation>
    </message>
    <message>
        <source>area</source>
        <translation>valdkond</translation>
    </message>
    <message>
        <source>OGP commitment</source>
        <translation>AVP kohustus</translation>
    </message>
    <message>
        <source>OGP: problem</source>
        <translation>AVP: probleem</translation>
    </message>
    <message>
        <source>OGP: current situation</source>
        <translation>AVP: praegune olukord</translation>
    </message>
    <message>
        <source>OGP: what changes</source>
        <translation>AVP: mis muutub</translation>
    </message>
    <message>
        <source>OGP: values</source>
        <translation>AVP: väärtused</translation>
    </message>
    <message>
        <source>OGP: milestones</source>
        <translation>AVP: vahe-eesmärgid</translation>
    </message>
    <message>
        <source>OGP: responsible body</source>
        <translation>AVP: vastutav asutus</translation>
    </message>
    <message>
        <source>OGP: contact person</source>
        <translation>AVP: kontaktisik</translation>
    </message>
    <message>
        <source>OGP: other actors</source>
        <translation>AVP: teised osalejad</translation>
    </message>
    <message>
        <source>OGP: budget</source>
        <translation>AVP: eelarve</translation>
    </message>
    <message>
        <source>OGP: development plan</source>
        <translation>AVP: seos arengukavaga</translation>
    </message>
    <message>
        <source>%1 is a folder with no Word documents (.docx) in it</source>
        <translation>Kaustas %1 ei ole ühtegi Wordi dokumenti (.docx)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose the .docx file the municipality sent</source>
        <translation>%1 ei ole tavaline fail; vali .docx-fail, mille omavalitsus saatis</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check that the file is not open elsewhere and try again</source>
        <translation>Faili %1 ei saa lugeda (%2); kontrolli, et fail pole mujal avatud, ja proovi uuesti</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a homework document may be at most %3 MB. Ask the team to save it without large pictures</source>
        <translation>%1 on %2 MB; kodutöö dokument võib olla kuni %3 MB. Palu meeskonnal salvestada see ilma suurte piltideta</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB, far more than a homework document needs; it was not read</source>
        <translation>%1 pakiks lahti üle %2 MB, palju rohkem, kui kodutöö dokument vajab; seda ei loetud</translation>
    </message>
    <message>
        <source>%1 is a PDF, not a Word document; ask the team for the .docx file they filled in</source>
        <translation>%1 on PDF, mitte Wordi dokument; küsi meeskonnalt täidetud .docx-faili</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument text (.odt) renamed to .docx; open it in LibreOffice, save it as Word (.docx) and import that</source>
        <translation>%1 on .docx-nimeline OpenDocumenti tekst (.odt); ava see LibreOffice&apos;is, salvesta Wordi vormingus (.docx) ja impordi see</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx); choose the file the municipality sent back</source>
        <translation>%1 ei ole Wordi dokument (.docx); vali fail, mille omavalitsus tagasi saatis</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 cannot be read); open it in Word or LibreOffice, save it again and import that</source>
        <translation>%1 on rikutud (%2 ei saa lugeda); ava see Wordis või LibreOffice&apos;is, salvesta uuesti ja impordi see</translation>
    </message>
    <message>
        <source>%1 is not a homework pack made by avtoituba (its invisible marks are missing); import the pack the municipality received, filled in</source>
        <translation>%1 ei ole avtoituba tehtud kodutööpakk (nähtamatud tunnused puuduvad); impordi täidetud pakk, mille omavalitsus sai</translation>
    </message>
    <message>
        <source>%1 is a homework pack from another workshop; open that workshop&apos;s file to import it</source>
        <translation>%1 on kodutööpakk teisest koolitusest; selle importimiseks ava selle koolituse fail</translation>
    </message>
    <message>
        <source>%1 has no activity tables left (they were deleted); ask the team to write into the pack&apos;s tables</source>
        <translation>Failis %1 ei ole enam tegevuste tabeleid (need on kustutatud); palu meeskonnal kirjutada paki tabelitesse</translation>
    </message>
    <message>
        <source>in %1, table %2 was merged with the one after it; split the tables again in Word (Table › Split table) and import again</source>
        <translation>Failis %1 on tabel %2 liidetud järgmisega; poolita tabelid Wordis uuesti (Tabel › Poolita tabel) ja impordi uuesti</translation>
    </message>
    <message>
        <source>in %1, table %2 has %3 columns instead of %4; undo the change of columns and import again</source>
        <translation>Failis %1 on tabelis %2 %3 veergu, mitte %4; võta veergude muutmine tagasi ja impordi uuesti</translation>
    </message>
    <message>
        <source>in %1, table %2 has more than %3 rows; it was not read</source>
        <translation>Failis %1 on tabelis %2 üle %3 rea; seda ei loetud</translation>
    </message>
    <message>
        <source>%1 was made for „%2“, which is now called „%3“. Import it as „%3“?</source>
        <translation>%1 tehti omavalitsusele „%2“, mille nimi on nüüd „%3“. Kas importida see omavalitsusele „%3“?</translation>
    </message>
    <message>
        <source>%1 is for „%2“, which is not in this workshop</source>
        <translation>%1 on omavalitsusele „%2“, keda selles koolituses pole</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: the row&apos;s cells were merged or split; the row was not read</source>
        <translation>%1, tabel %2, rida %3: rea lahtrid on liidetud või poolitatud; rida ei loetud</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: the row has no activity; it was not read</source>
        <translation>%1, tabel %2, rida %3: real pole tegevust; rida ei loetud</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: „%4“ in the digital solution column is neither ☒ nor ☐; the value was kept</source>
        <translation>%1, tabel %2, rida %3: „%4“ digilahenduse veerus ei ole ☒ ega ☐; väärtus jäi samaks</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: no area „%4“; the activity is added without an area</source>
        <translation>%1, tabel %2, rida %3: valdkonda „%4“ pole; tegevus lisatakse valdkonnata</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: „%4“ is listed twice; it is taken once</source>
        <translation>%1, tabel %2, rida %3: „%4“ on kirjas kaks korda; see võetakse üks kord</translation>
    </message>
    <message>
        <source>%1, table %2: the OGP commitment sheet&apos;s rows were added, deleted or merged; the sheet was not read</source>
        <translation>%1, tabel %2: AVP kohustuse lehele on ridu lisatud, sealt kustutatud või ridu liidetud; lehte ei loetud</translation>
    </message>
    <message>
        <source>%1, table %2: a milestone ends before it starts, or there are too many; the milestones were kept as they were</source>
        <translation>%1, tabel %2: mõni vahe-eesmärk lõpeb enne algust või on neid liiga palju; vahe-eesmärgid jäeti endiseks</translation>
    </message>
    <message>
        <source>%1, table %2: the OGP commitment sheet is for an activity no longer in the workshop; it was not read</source>
        <translation>%1, tabel %2: AVP kohustuse leht on tegevuse kohta, mida töötoas enam pole; lehte ei loetud</translation>
    </message>
</context>
</TS>
