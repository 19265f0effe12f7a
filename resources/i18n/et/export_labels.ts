<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Documents</name>
    <message>
        <source>Homework pack</source>
        <extracomment>The documents&apos; wording: English source texts under the catalogue context &quot;Documents&quot;; the Estonian lives in resources/i18n/et/export_labels.ts (the GUI and the CLI read the same catalogues). %1 is an argument, %n a count with plural forms.</extracomment>
        <translation>Kodutööpakett</translation>
    </message>
    <message>
        <source>Trainer&apos;s summary document</source>
        <translation>Koolitaja koonddokument</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupid</translation>
    </message>
    <message>
        <source>Agenda: planned and actual</source>
        <translation>Ajakava: plaan ja tegelikkus</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Töötuba</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Toimumiskoht</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Koolitaja</translation>
    </message>
    <message>
        <source>page</source>
        <translation>lk</translation>
    </message>
    <message>
        <source>Goals of the workshop</source>
        <translation>Töötoa eesmärgid</translation>
    </message>
    <message>
        <source>Your activities by area</source>
        <translation>Teie tegevused valdkondade kaupa</translation>
    </message>
    <message>
        <source>The tables hold the activities you wrote down at the workshop, by area of open government. Complete them: fill in what is missing and write new activities on the empty rows.</source>
        <translation>Tabelites on tegevused, mille te töötoas kirja panite, avatud valitsemise valdkondade kaupa. Täiendage neid: lisage puuduvad andmed ja kirjutage uued tegevused tühjadele ridadele.</translation>
    </message>
    <message>
        <source>Activities written down at the workshop</source>
        <translation>Töötoas kirja pandud tegevused</translation>
    </message>
    <message>
        <source>You wrote down no activities at the workshop. Write your activities in the tables below.</source>
        <translation>Töötoas te tegevusi kirja ei pannud. Kirjutage oma tegevused allolevatesse tabelitesse.</translation>
    </message>
    <message>
        <source>No activities were written down for this municipality.</source>
        <translation>Töötoas selle omavalitsuse tegevusi kirja ei pandud.</translation>
    </message>
    <message numerus="yes">
        <source>You have no activities yet in area(s) %1. The appendix has ideas.</source>
        <translation>
            <numerusform>Teil pole veel tegevusi valdkonnas %1. Ideid leiate lisast.</numerusform>
            <numerusform>Teil pole veel tegevusi valdkondades %1. Ideid leiate lisast.</numerusform>
        </translation>
    </message>
    <message>
        <source>Areas without activities: %1.</source>
        <translation>Tegevusteta valdkonnad: %1.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Muud tegevused</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>Uued tegevused</translation>
    </message>
    <message>
        <source>Write here the activities that do not fit the tables above; put the area&apos;s number (1–7) in the Area column.</source>
        <translation>Kirjutage siia tegevused, mis ei mahu ülaltoodud tabelitesse; märkige veergu Valdkond valdkonna number (1–7).</translation>
    </message>
    <message>
        <source>Who to involve: L – leaders, K – key people, P – outside partners. Tick the boxes that apply (☒).</source>
        <translation>Keda kaasata: J – juhid, V – võtmeisikud, P – majavälised partnerid. Märkige sobivad ruudud (☒).</translation>
    </message>
    <message>
        <source>Who to involve: L – leaders, K – key people, P – outside partners.</source>
        <translation>Keda kaasata: J – juhid, V – võtmeisikud, P – majavälised partnerid.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Who to involve</source>
        <translation>Keda kaasata</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Digital solution</source>
        <translation>Digi­lahendus</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <source>L</source>
        <translation>J</translation>
    </message>
    <message>
        <source>K</source>
        <translation>V</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Area not set</source>
        <translation>Valdkond määramata</translation>
    </message>
    <message>
        <source>For every municipality</source>
        <translation>Kõigile omavalitsustele</translation>
    </message>
    <message numerus="yes">
        <source>These activities were written down at the workshop without a municipality; see whether one of them suits you too.</source>
        <translation>
            <numerusform>See tegevus pandi töötoas kirja ilma omavalitsuseta; vaadake, kas see sobib ka teile.</numerusform>
            <numerusform>Need tegevused pandi töötoas kirja ilma omavalitsuseta; vaadake, kas mõni neist sobib ka teile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These activities have no municipality and are printed in every municipality&apos;s homework pack.</source>
        <translation>
            <numerusform>See tegevus on kirja pandud ilma omavalitsuseta ja trükitakse iga omavalitsuse kodutööpaketti.</numerusform>
            <numerusform>Need tegevused on kirja pandud ilma omavalitsuseta ja trükitakse iga omavalitsuse kodutööpaketti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These activities have no municipality and reach no municipality&apos;s homework pack.</source>
        <translation>
            <numerusform>See tegevus on kirja pandud ilma omavalitsuseta ega jõua ühegi omavalitsuse kodutööpaketti.</numerusform>
            <numerusform>Need tegevused on kirja pandud ilma omavalitsuseta ega jõua ühegi omavalitsuse kodutööpaketti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities without a municipality</source>
        <translation>Omavalitsuseta tegevused</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Kodutöö</translation>
    </message>
    <message>
        <source>Whom will you involve in completing the activities?</source>
        <translation>Keda te tegevuste täiendamisse kaasate?</translation>
    </message>
    <message>
        <source>Preparing for the follow-up seminar</source>
        <translation>Jätkuseminariks valmistumine</translation>
    </message>
    <message>
        <source>Which activities will you present at the follow-up seminar?
How did you draft the plan, and what did you learn?
What is your further work plan for the action plan and the activities?</source>
        <translation>Milliseid tegevusi te jätkuseminaril tutvustate?
Kuidas te kava koostasite ja milliseid kogemusi saite?
Milline on teie edasine tööplaan tegevuskava ja tegevuste elluviimisega?</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <source>The follow-up seminar is on %1.</source>
        <translation>Jätkuseminar toimub %1.</translation>
    </message>
    <message>
        <source>The time of the follow-up seminar will be confirmed.</source>
        <translation>Jätkuseminari aeg täpsustatakse.</translation>
    </message>
    <message>
        <source>Video call link</source>
        <translation>Videokõne link</translation>
    </message>
    <message>
        <source>The video call link will be sent by e-mail.</source>
        <translation>Videokõne link saadetakse e-kirjaga.</translation>
    </message>
    <message>
        <source>Your presentation</source>
        <translation>Teie esinemisaeg</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Esinemisaeg</translation>
    </message>
    <message>
        <source>%1–%2 (%3 min), %4 of %5 in the running order</source>
        <translation>%1–%2 (%3 min), esinemisjärjekorras %4/%5</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>täpsustatakse</translation>
    </message>
    <message>
        <source>Attended the workshop</source>
        <translation>Töötoas osalesid</translation>
    </message>
    <message>
        <source>No participants of your municipality were registered.</source>
        <translation>Teie omavalitsuse osalejaid pole registreeritud.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Running order of the follow-up seminar</source>
        <translation>Jätkuseminari esinemisjärjekord</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Avasõnad</translation>
    </message>
    <message>
        <source>Summary and closing</source>
        <translation>Kokkuvõte ja lõpetamine</translation>
    </message>
    <message>
        <source>The presentations do not fit the seminar: %1 min over.</source>
        <translation>Esinemisajad ei mahu seminari: %1 min üle.</translation>
    </message>
    <message>
        <source>Activities by municipality and area</source>
        <translation>Tegevused omavalitsuste ja valdkondade kaupa</translation>
    </message>
    <message>
        <source>The columns are the areas of open government:</source>
        <translation>Veerud on avatud valitsemise valdkonnad:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevusi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejaid</translation>
    </message>
    <message>
        <source>Appendix: open government in municipalities</source>
        <translation>Lisa. Avatud valitsemine omavalitsustes</translation>
    </message>
    <message>
        <source>Example activities by area</source>
        <translation>Näidistegevused valdkondade kaupa</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Loe lisaks</translation>
    </message>
    <message>
        <source>Groups and participants</source>
        <translation>Grupid ja osalejad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Ametikoht</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Esitaja</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>määramata</translation>
    </message>
    <message>
        <source>Presentations at %1.</source>
        <translation>Esitlused kell %1.</translation>
    </message>
    <message>
        <source>No participants in this group yet.</source>
        <translation>Grupis pole veel osalejaid.</translation>
    </message>
    <message>
        <source>Participants without a group</source>
        <translation>Gruppi määramata osalejad</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Omavalitsused</translation>
    </message>
    <message>
        <source>Trainer summary</source>
        <translation>Koolitaja koonddokument</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies)</source>
        <translation>
            <numerusform>%n tegevus</numerusform>
            <numerusform>%n tegevust</numerusform>
        </translation>
    </message>
    <message>
        <source>See you %1!</source>
        <translation>Kohtumiseni %1!</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteet</translation>
    </message>
    <message>
        <source>Priority: the dots the activity got in the workshop&apos;s vote; ★ marks the most voted.</source>
        <translation>Prioriteet: punktid, mille tegevus töötoa hääletusel sai; ★ – enim punkte saanud tegevus.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 kell %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 kell %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>keskkonnas %1</translation>
    </message>
</context>
</TS>
