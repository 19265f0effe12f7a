<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeasonPage</name>
    <message>
        <source>After the day, send the workshop to the Academy&apos;s shared season database. Nothing is sent until you press Send; the file on this laptop stays as it is, and sending again sends only what changed.</source>
        <translation>Pärast koolituspäeva saada töötuba akadeemia ühisesse hooaja andmebaasi. Midagi ei saadeta enne, kui vajutad „Saada“; selle sülearvuti fail jääb samaks ja uuesti saates lähevad teele ainult muudatused.</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/season</source>
        <translation>postgresql://kasutaja@server:5432/hooaeg</translation>
    </message>
    <message>
        <source>Season &amp;database:</source>
        <translation>Hooaja &amp;andmebaas:</translation>
    </message>
    <message>
        <source>The password is read from your PostgreSQL password file (pgpass) or the PGPASSWORD setting; avtoituba never saves it.</source>
        <translation>Parool loetakse sinu PostgreSQL-i paroolifailist (pgpass) või seadest PGPASSWORD; avtoituba ei salvesta seda kunagi.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Töötuba</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Toimumiskoht</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Omavalitsusi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevusi</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Kodutööd</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Viimati saadetud</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Täppe</translation>
    </message>
    <message>
        <source>Municipalities whose completed homework came back, of all</source>
        <translation>Mitu omavalitsust on täidetud kodutöö tagastanud (kõigist töötoa omavalitsustest)</translation>
    </message>
    <message>
        <source>Refresh the season list to see the workshops in the season database.</source>
        <translation>Hooaja andmebaasi töötubade nägemiseks värskenda hooaja loetelu.</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Hooaeg</translation>
    </message>
    <message>
        <source>This workshop was last sent to %1 on %2.</source>
        <translation>See töötuba saadeti viimati andmebaasi %1 (%2).</translation>
    </message>
    <message>
        <source>This workshop has not been sent yet.</source>
        <translation>Seda töötuba pole veel saadetud.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Töötan…</translation>
    </message>
    <message>
        <source>Sent to %1: %2 changed rows, %3 deleted.</source>
        <translation>Saadetud andmebaasi %1: muudetud ridu %2, kustutatud %3.</translation>
    </message>
    <message>
        <source>Nothing new to send: %1 already has this workshop as it is.</source>
        <translation>Uut pole midagi saata: andmebaasis %1 on see töötuba juba samasugune.</translation>
    </message>
    <message>
        <source>The workshop open in this window</source>
        <translation>Selles aknas avatud töötuba</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in the season database.</source>
        <translation>
            <numerusform>Hooaja andmebaasis on %n töötuba.</numerusform>
            <numerusform>Hooaja andmebaasis on %n töötuba.</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kuupäev määramata</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>toimus %1</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>kavas %1</translation>
    </message>
    <message>
        <source>%1, no results</source>
        <translation>%1, tulemused märkimata</translation>
    </message>
    <message>
        <source>Choose a workshop in the season list first (Refresh the season list shows them), then open it.</source>
        <translation>Vali esmalt töötuba hooaja loetelust (nupp „Värskenda hooaja loetelu“ näitab neid) ja ava see siis.</translation>
    </message>
    <message>
        <source>Save the workshop from the season database as</source>
        <translation>Salvesta hooaja andmebaasi töötuba nimega</translation>
    </message>
    <message>
        <source>Workshop files (*%1)</source>
        <translation>Töötoa failid (*%1)</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 on juba olemas: vali teine nimi.</translation>
    </message>
    <message>
        <source>Opened %1 from the season database.</source>
        <translation>%1 avati hooaja andmebaasist.</translation>
    </message>
    <message>
        <source>Folder for the season report</source>
        <translation>Hooaja koondaruande kaust</translation>
    </message>
    <message>
        <source>The season report is in %1: %2.</source>
        <translation>Hooaja koondaruanne on kaustas %1: %2.</translation>
    </message>
</context>
</TS>
