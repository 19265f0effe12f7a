<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <translation>positsioonilised argumendid</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valikud</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>näita seda abiteksti ja lõpeta</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>näita programmi versiooni ja lõpeta</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>kasutus: </translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: viga: %2</translation>
    </message>
    <message>
        <source>commands (run '%1 COMMAND --help' for each):</source>
        <translation>käsud (iga käsu kohta: „%1 KÄSK --help“):</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>need argumendid on kohustuslikud: %1</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>tundmatud argumendid: %1</translation>
    </message>
    <message>
        <source>argument %1: invalid choice: %2 (choose from %3)</source>
        <translation>argument %1: vale valik %2 (vali üks neist: %3)</translation>
    </message>
    <message>
        <source>argument %1: expected one argument</source>
        <translation>argument %1: oodatakse üht väärtust</translation>
    </message>
    <message>
        <source>argument %1: invalid value: %3</source>
        <translation>argument %1: vale väärtus %3</translation>
    </message>
    <message>
        <source>argument %1: not allowed with argument %2</source>
        <translation>argumenti %1 ei saa kasutada koos argumendiga %2</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>argument %1: %2</translation>
    </message>
    <message>
        <source>avtoituba headless commands</source>
        <translation>avtoituba käsud ilma aknata</translation>
    </message>
    <message>
        <source>language of messages (default: $AVTOITUBA_LANG, else et)</source>
        <translation>teadete keel (vaikimisi: $AVTOITUBA_LANG, muidu et)</translation>
    </message>
    <message>
        <source>create a workshop file from the default programme</source>
        <translation>loo töötoa fail vaikeprogrammi põhjal</translation>
    </message>
    <message>
        <source>show a workshop's title, date and counts</source>
        <translation>näita töötoa pealkirja, kuupäeva ja arve</translation>
    </message>
    <message>
        <source>import and list a workshop's participants</source>
        <translation>impordi ja loetle töötoa osalejad</translation>
    </message>
    <message>
        <source>assign participants to the groups, show, export</source>
        <translation>jaota osalejad gruppidesse, näita, ekspordi</translation>
    </message>
    <message>
        <source>list or merge a workshop's municipalities</source>
        <translation>loetle või ühenda töötoa omavalitsused</translation>
    </message>
    <message>
        <source>write documents from a workshop (the homework pack)</source>
        <translation>koosta töötoa dokumendid (kodutööpakett)</translation>
    </message>
    <message>
        <source>print the agenda with computed (and actual) times</source>
        <translation>väljasta ajakava arvutatud (ja tegelike) aegadega</translation>
    </message>
    <message>
        <source>let each group's scribe write from a phone</source>
        <translation>lase iga grupi kirjutajal telefonist kirjutada</translation>
    </message>
    <message>
        <source>the homework that comes back</source>
        <translation>tagasi tulnud kodutööd</translation>
    </message>
    <message>
        <source>the shared season database (PostgreSQL)</source>
        <translation>ühine hooaja andmebaas (PostgreSQL)</translation>
    </message>
    <message>
        <source>the follow-up seminar's running order with times and statuses</source>
        <translation>jätkuseminari esinemisjärjekord aegade ja olekutega</translation>
    </message>
    <message>
        <source>Create a workshop file from the default programme.</source>
        <translation>Loo töötoa fail vaikeprogrammi põhjal.</translation>
    </message>
    <message>
        <source>the workshop's title (default: the programme's)</source>
        <translation>töötoa pealkiri (vaikimisi programmi oma)</translation>
    </message>
    <message>
        <source>the workshop's date, YYYY-MM-DD</source>
        <translation>töötoa kuupäev kujul AAAA-KK-PP</translation>
    </message>
    <message>
        <source>where it takes place</source>
        <translation>toimumiskoht</translation>
    </message>
    <message>
        <source>language of the programme and documents (default: et)</source>
        <translation>programmi ja dokumentide keel (vaikimisi: et)</translation>
    </message>
    <message>
        <source>fill it with demo participants, groups and activities</source>
        <translation>täida see näidisosalejate, -gruppide ja -tegevustega</translation>
    </message>
    <message>
        <source>Show a workshop's title, date and counts.</source>
        <translation>Näita töötoa pealkirja, kuupäeva ja arve.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>väljasta JSON-ina</translation>
    </message>
    <message>
        <source>Import and list a workshop's participants.</source>
        <translation>Impordi ja loetle töötoa osalejad.</translation>
    </message>
    <message>
        <source>import a registration list (.csv or .xlsx)</source>
        <translation>impordi registreerimisnimekiri (.csv või .xlsx)</translation>
    </message>
    <message>
        <source>list the participants</source>
        <translation>loetle osalejad</translation>
    </message>
    <message>
        <source>Import a registration list (.csv or .xlsx: UTF-8 or Windows-1257, comma, semicolon or tab separated; headers such as Nimi/Name and Omavalitsus/KOV/Municipality). If any row has an error nothing is imported (exit 1) unless --skip-bad is given. Rows repeating a participant are skipped and listed.</source>
        <translation>Impordi registreerimisnimekiri (.csv või .xlsx: UTF-8 või Windows-1257, eraldajaks koma, semikoolon või tabulaator; päised nagu Nimi/Name ja Omavalitsus/KOV/Municipality). Kui mõnes reas on viga, ei impordita midagi (väljumiskood 1), välja arvatud valikuga --skip-bad. Juba olemasolevat osalejat kordavad read jäetakse vahele ja loetletakse.</translation>
    </message>
    <message>
        <source>the registration list</source>
        <translation>registreerimisnimekiri</translation>
    </message>
    <message>
        <source>import the good rows and skip the rows with errors</source>
        <translation>impordi korras read ja jäta vigased vahele</translation>
    </message>
    <message>
        <source>import rows that repeat a name and municipality too</source>
        <translation>impordi ka read, mis kordavad nime ja omavalitsust</translation>
    </message>
    <message>
        <source>check the file and report, without saving anything</source>
        <translation>kontrolli faili ja anna aru, midagi salvestamata</translation>
    </message>
    <message>
        <source>the column with the name: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</source>
        <translation>nime veerg: selle päis nii, nagu see on kirjutatud, või number (1 = esimene veerg); nimekirjade jaoks, mille veerud pole üheselt selged, nt registreerimisvormide eksport</translation>
    </message>
    <message>
        <source>the column with the municipality: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</source>
        <translation>omavalitsuse veerg: selle päis nii, nagu see on kirjutatud, või number (1 = esimene veerg); nimekirjade jaoks, mille veerud pole üheselt selged, nt registreerimisvormide eksport</translation>
    </message>
    <message>
        <source>the column with the role: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</source>
        <translation>ametikoha veerg: selle päis nii, nagu see on kirjutatud, või number (1 = esimene veerg); nimekirjade jaoks, mille veerud pole üheselt selged, nt registreerimisvormide eksport</translation>
    </message>
    <message>
        <source>the column with the e-mail address: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</source>
        <translation>e-posti aadressi veerg: selle päis nii, nagu see on kirjutatud, või number (1 = esimene veerg); nimekirjade jaoks, mille veerud pole üheselt selged, nt registreerimisvormide eksport</translation>
    </message>
    <message>
        <source>List the participants with their group.</source>
        <translation>Loetle osalejad koos nende grupiga.</translation>
    </message>
    <message>
        <source>Assign, show and export the themed groups.</source>
        <translation>Jaota, näita ja ekspordi teemagrupid.</translation>
    </message>
    <message>
        <source>assign the participants to the groups</source>
        <translation>jaota osalejad gruppidesse</translation>
    </message>
    <message>
        <source>show the groups and their members</source>
        <translation>näita gruppe ja nende liikmeid</translation>
    </message>
    <message>
        <source>write the group lists as a Word document</source>
        <translation>kirjuta grupinimekirjad Wordi dokumenti</translation>
    </message>
    <message>
        <source>Assign the participants to the groups. Locked memberships stay; spread (default) puts every municipality in every group as far as its size allows, together keeps each municipality in one group, random shuffles with a seed.</source>
        <translation>Jaota osalejad gruppidesse. Lukus liikmesused jäävad alles; spread (vaikimisi) paneb iga omavalitsuse inimesi igasse gruppi nii palju, kui nende arv lubab, together hoiab iga omavalitsuse ühes grupis, random segab juhuslikult seemne järgi.</translation>
    </message>
    <message>
        <source>how to assign (default: spread)</source>
        <translation>kuidas jaotada (vaikimisi: spread)</translation>
    </message>
    <message>
        <source>seed for ties and shuffling (default: a new one, printed so the result can be repeated)</source>
        <translation>seeme võrdsete juhtude ja segamise jaoks (vaikimisi uus, see väljastatakse, et tulemust saaks korrata)</translation>
    </message>
    <message>
        <source>assign only the participants checked in as present</source>
        <translation>jaota ainult kohalolijaks märgitud osalejad</translation>
    </message>
    <message>
        <source>show the result, save nothing</source>
        <translation>näita tulemust, midagi salvestamata</translation>
    </message>
    <message>
        <source>Show the groups with their members.</source>
        <translation>Näita gruppe koos liikmetega.</translation>
    </message>
    <message>
        <source>Write the group lists (one page per group) to .docx.</source>
        <translation>Kirjuta grupinimekirjad (iga grupp oma lehel) .docx-faili.</translation>
    </message>
    <message>
        <source>where to write (default: grupid-DATE.docx beside the workshop)</source>
        <translation>kuhu kirjutada (vaikimisi: grupid-KUUPÄEV.docx töötoa faili kõrvale)</translation>
    </message>
    <message>
        <source>add, change or list a workshop's activities</source>
        <translation>lisa, muuda või loetle töötoa tegevusi</translation>
    </message>
    <message>
        <source>Add, change or list the activities the groups proposed.</source>
        <translation>Lisa, muuda või loetle gruppide pakutud tegevusi.</translation>
    </message>
    <message>
        <source>add an activity to a group</source>
        <translation>lisa grupile tegevus</translation>
    </message>
    <message>
        <source>change an activity's title, municipality or area</source>
        <translation>muuda tegevuse pealkirja, omavalitsust või valdkonda</translation>
    </message>
    <message>
        <source>list activities</source>
        <translation>loetle tegevused</translation>
    </message>
    <message>
        <source>Add an activity at the end of a group's list (saved to the file at once).</source>
        <translation>Lisa tegevus grupi loetelu lõppu (salvestatakse faili kohe).</translation>
    </message>
    <message>
        <source>the group's number (1, 2, 3)</source>
        <translation>grupi number (1, 2, 3)</translation>
    </message>
    <message>
        <source>the municipality's name, as in the registration list (a name close to a known one is refused with a suggestion)</source>
        <translation>omavalitsuse nimi nagu registreerimisnimekirjas (tuntud nimega väga sarnane nimi lükatakse tagasi ja pakutakse õiget)</translation>
    </message>
    <message>
        <source>M is a municipality new to this workshop, even if it looks like a known one: add it</source>
        <translation>M on selles töötoas uus omavalitsus, isegi kui see sarnaneb mõne tuntuga: lisa see</translation>
    </message>
    <message>
        <source>what will be done</source>
        <translation>mida tehakse</translation>
    </message>
    <message>
        <source>area of open government 1-7 (default: the one the group's theme suggests)</source>
        <translation>avatud valitsemise valdkond 1–7 (vaikimisi grupi teemale vastav)</translation>
    </message>
    <message>
        <source>more detail</source>
        <translation>täpsem kirjeldus</translation>
    </message>
    <message>
        <source>print the new activity as JSON</source>
        <translation>väljasta uus tegevus JSON-ina</translation>
    </message>
    <message>
        <source>Change an activity (its number is in 'activities list'); e.g. give an activity without a municipality its own.</source>
        <translation>Muuda tegevust (selle numbri leiad käsuga „activities list“), näiteks määra omavalitsuseta tegevusele omavalitsus.</translation>
    </message>
    <message>
        <source>the activity's number</source>
        <translation>tegevuse number</translation>
    </message>
    <message>
        <source>M is a municipality new to this workshop: add it</source>
        <translation>M on selles töötoas uus omavalitsus: lisa see</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>uus pealkiri</translation>
    </message>
    <message>
        <source>area of open government 1-7</source>
        <translation>avatud valitsemise valdkond 1–7</translation>
    </message>
    <message>
        <source>print the activity as JSON</source>
        <translation>väljasta tegevus JSON-ina</translation>
    </message>
    <message>
        <source>List the activities, by group and position.</source>
        <translation>Loetle tegevused grupi ja järjekorra kaupa.</translation>
    </message>
    <message>
        <source>only this group</source>
        <translation>ainult see grupp</translation>
    </message>
    <message>
        <source>only this municipality</source>
        <translation>ainult see omavalitsus</translation>
    </message>
    <message>
        <source>only this area</source>
        <translation>ainult see valdkond</translation>
    </message>
    <message>
        <source>only those containing TEXT</source>
        <translation>ainult need, milles on TEKST</translation>
    </message>
    <message>
        <source>List the municipalities, or merge one into another.</source>
        <translation>Loetle omavalitsused või ühenda üks teisega.</translation>
    </message>
    <message>
        <source>list the municipalities</source>
        <translation>loetle omavalitsused</translation>
    </message>
    <message>
        <source>merge a municipality into another</source>
        <translation>ühenda omavalitsus teisega</translation>
    </message>
    <message>
        <source>List the municipalities in seminar order.</source>
        <translation>Loetle omavalitsused jätkuseminari järjekorras.</translation>
    </message>
    <message>
        <source>Move every activity and participant of FROM to INTO and remove FROM (for a name typed twice, e.g. 'Elvva vald' into 'Elva vald').</source>
        <translation>Vii esimese omavalitsuse kõik tegevused ja osalejad teisele ning eemalda esimene (kaks korda kirjutatud nime jaoks, nt „Elvva vald“ → „Elva vald“).</translation>
    </message>
    <message>
        <source>the municipality that goes away</source>
        <translation>omavalitsus, mis kaob</translation>
    </message>
    <message>
        <source>the municipality that stays</source>
        <translation>omavalitsus, mis jääb</translation>
    </message>
    <message>
        <source>print what was moved as JSON</source>
        <translation>väljasta teisaldatu JSON-ina</translation>
    </message>
    <message>
        <source>Write documents from a workshop.</source>
        <translation>Koosta töötoa dokumendid.</translation>
    </message>
    <message>
        <source>the homework pack: a Word document per municipality</source>
        <translation>kodutööpakett: igale omavalitsusele Wordi dokument</translation>
    </message>
    <message>
        <source>the follow-up seminar's summary (.docx and .xlsx)</source>
        <translation>jätkuseminari kokkuvõte (.docx ja .xlsx)</translation>
    </message>
    <message>
        <source>Write the homework pack: a Word document for each municipality and a combined document for the trainer. Prints the files written.</source>
        <translation>Koosta kodutööpakett: igale omavalitsusele Wordi dokument ja koolitajale koonddokument. Väljastab kirjutatud failid.</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>kaust, kuhu kirjutada (luuakse, kui puudub)</translation>
    </message>
    <message>
        <source>only this municipality (repeat for several; default: all)</source>
        <translation>ainult see omavalitsus (mitme jaoks korda; vaikimisi kõik)</translation>
    </message>
    <message>
        <source>a Word template (.docx) whose styles, header and footer to use</source>
        <translation>Wordi mall (.docx), mille stiile, päist ja jalust kasutada</translation>
    </message>
    <message>
        <source>leave out the combined document for the trainer</source>
        <translation>jäta koolitaja koonddokument välja</translation>
    </message>
    <message>
        <source>also write the group lists as a document of their own</source>
        <translation>kirjuta ka grupinimekirjad eraldi dokumenti</translation>
    </message>
    <message>
        <source>fail instead of printing activities without a municipality in every pack</source>
        <translation>lõpeta veaga, selle asemel, et panna omavalitsuseta tegevused igasse paketti</translation>
    </message>
    <message>
        <source>when the folder holds an earlier pack, give the new files new names (default: replace it, keeping it as the previous version)</source>
        <translation>kui kaustas on varasem pakett, anna uutele failidele uued nimed (vaikimisi: asenda see ja hoia eelmise versioonina alles)</translation>
    </message>
    <message>
        <source>fail when the folder holds an earlier pack</source>
        <translation>lõpeta veaga, kui kaustas on varasem pakett</translation>
    </message>
    <message>
        <source>Write the follow-up seminar's summary: per municipality what it committed to, how the plan was prepared and the next steps, and an overview by area; as a Word document and an Excel workbook.</source>
        <translation>Koosta jätkuseminari kokkuvõte: iga omavalitsuse kohta, milleks see end sidus, kuidas tegevuskava koostati ja mis edasi saab, ning ülevaade valdkondade kaupa; Wordi dokumendi ja Exceli töövihikuna.</translation>
    </message>
    <message>
        <source>Print the agenda with its computed start and end times, anchor conflicts, and the actual times of a day that has been run.</source>
        <translation>Väljasta ajakava koos arvutatud algus- ja lõpuaegade, kindlate algusaegade konfliktide ja läbitud päeva tegelike aegadega.</translation>
    </message>
    <message>
        <source>Serve the scribe pages on the room's network until Ctrl+C; prints one join address per group.</source>
        <translation>Paku ruumi võrgus kirjutajate lehti, kuni vajutad Ctrl+C; väljastab iga grupi liitumisaadressi.</translation>
    </message>
    <message>
        <source>the address of this computer on the room's network (default: the first one found; 127.0.0.1 when there is none)</source>
        <translation>selle arvuti aadress ruumi võrgus (vaikimisi esimene leitud; kui ühtegi pole, siis 127.0.0.1)</translation>
    </message>
    <message>
        <source>the port to listen on (default 8740; 0 picks a free one)</source>
        <translation>port, mida kuulata (vaikimisi 8740; 0 valib vaba pordi)</translation>
    </message>
    <message>
        <source>print the addresses as JSON</source>
        <translation>väljasta aadressid JSON-ina</translation>
    </message>
    <message>
        <source>The homework packs the municipalities send back.</source>
        <translation>Omavalitsuste tagasi saadetud kodutööpaketid.</translation>
    </message>
    <message>
        <source>read completed homework packs (.docx) into the workshop</source>
        <translation>loe täidetud kodutööpaketid (.docx) töötuppa</translation>
    </message>
    <message>
        <source>Read completed homework packs back: edited and new activities, who to involve, responsible, deadline and the answers. Files that cannot be imported are named with the reason; nothing of them is written. Exit code 1 when a file was refused.</source>
        <translation>Loe täidetud kodutööpaketid tagasi: muudetud ja uued tegevused, keda kaasata, vastutaja, tähtaeg ja vastused. Faili, mida ei saa importida, nimetatakse koos põhjusega ja sellest ei kirjutata midagi. Kui mõni fail lükati tagasi, on väljumiskood 1.</translation>
    </message>
    <message>
        <source>a returned .docx, or a folder of them</source>
        <translation>tagasi saadud .docx või nende kaust</translation>
    </message>
    <message>
        <source>show what would change, write nothing</source>
        <translation>näita, mis muutuks, midagi kirjutamata</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>väljasta tulemus JSON-ina</translation>
    </message>
    <message>
        <source>import packs of a municipality renamed since the export under its new name</source>
        <translation>impordi pärast eksporti ümber nimetatud omavalitsuse paketid selle uue nime all</translation>
    </message>
    <message>
        <source>Send workshops to the shared season database, open one from it, and report on the whole season.</source>
        <translation>Saada töötoad ühisesse hooaja andmebaasi, ava sealt töötuba ja koosta kogu hooaja koondaruanne.</translation>
    </message>
    <message>
        <source>send a workshop file to the season database</source>
        <translation>saada töötoa fail hooaja andmebaasi</translation>
    </message>
    <message>
        <source>make a workshop file from the season database</source>
        <translation>tee hooaja andmebaasist töötoa fail</translation>
    </message>
    <message>
        <source>list the workshops in the season database</source>
        <translation>loetle hooaja andmebaasi töötoad</translation>
    </message>
    <message>
        <source>the season report (Word and .xlsx)</source>
        <translation>hooaja koondaruanne (Word ja .xlsx)</translation>
    </message>
    <message>
        <source>Send what changed in the workshop file since its last push (everything the first time). Safe to repeat.</source>
        <translation>Saada, mis on töötoa failis pärast viimast saatmist muutunud (esimesel korral kõik). Võib julgelt korrata.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE (default: $AVTOITUBA_SEASON_DB); the password comes from ~/.pgpass or PGPASSWORD</source>
        <translation>postgresql://KASUTAJA@SERVER:PORT/ANDMEBAAS (vaikimisi: $AVTOITUBA_SEASON_DB); parool tuleb failist ~/.pgpass või muutujast PGPASSWORD</translation>
    </message>
    <message>
        <source>how long to wait for the server to answer (default: 10)</source>
        <translation>kui kaua serveri vastust oodata (vaikimisi: 10)</translation>
    </message>
    <message>
        <source>Write a workshop from the season database into a new workshop file that works offline like any other.</source>
        <translation>Kirjuta töötuba hooaja andmebaasist uude töötoa faili, mis töötab ilma võrguta nagu iga teine.</translation>
    </message>
    <message>
        <source>the workshop's id, or its first characters (see 'season list')</source>
        <translation>töötoa tunnus või selle algus (vt „season list“)</translation>
    </message>
    <message>
        <source>List the workshops in the season database.</source>
        <translation>Loetle hooaja andmebaasi töötoad.</translation>
    </message>
    <message>
        <source>Write the season report: per workshop, per county and across the season, as Word and .xlsx. Prints the files.</source>
        <translation>Koosta hooaja koondaruanne töötubade, maakondade ja kogu hooaja kaupa, Wordi ja .xlsx-failina. Väljastab failid.</translation>
    </message>
    <message>
        <source>language of the report (default: et)</source>
        <translation>koondaruande keel (vaikimisi: et)</translation>
    </message>
    <message>
        <source>Print the follow-up seminar's running order: the opening, each municipality's turn, the discussion and the closing, with planned and actual times and whether each is waiting, speaking, done, absent or moved later.</source>
        <translation>Väljasta jätkuseminari esinemisjärjekord: avamine, iga omavalitsuse kord, arutelu ja lõpetamine koos plaanitud ja tegelike aegadega ning sellega, kas igaüks ootab, esineb, on lõpetanud, puudub või nihkus hilisemaks.</translation>
    </message>
    <message>
        <source>Run an open-government workshop day: agenda timer, groups, live capture of activities and the homework pack. Without a COMMAND, opens the app.</source>
        <translation>Vii läbi avatud valitsemise töötoa päev: ajakava taimer, grupid, tegevuste kohene salvestamine ja kodutööpakett. Ilma KÄSUta avab rakenduse.</translation>
    </message>
    <message>
        <source>workshop file to open (created from the default programme when it does not exist)</source>
        <translation>avatav töötoa fail (luuakse vaikeprogrammi põhjal, kui seda pole)</translation>
    </message>
    <message>
        <source>open a demo workshop with realistic content</source>
        <translation>ava realistliku sisuga näidistöötuba</translation>
    </message>
    <message>
        <source>open the file read-only</source>
        <translation>ava fail ainult lugemiseks</translation>
    </message>
    <message>
        <source>language of the user interface (default: from preferences, et)</source>
        <translation>kasutajaliidese keel (vaikimisi: eelistustest, et)</translation>
    </message>
</context>
</TS>
