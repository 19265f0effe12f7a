<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Talk</source>
        <translation>Ettekanne</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Küsimused</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Kogemuslood</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Grupitöö</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Esitlused</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Kodutöö</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Lõpetamine</translation>
    </message>
    <message>
        <source>A block lasts from 1 to 720 minutes.</source>
        <translation>Ploki kestus on 1 kuni 720 minutit.</translation>
    </message>
    <message>
        <source>Type a fixed start as a time of day, such as 14:15, or leave it empty.</source>
        <translation>Sisesta kindel algus kellaajana, näiteks 14:15, või jäta tühjaks.</translation>
    </message>
    <message>
        <source>A block needs a title.</source>
        <translation>Plokil peab olema pealkiri.</translation>
    </message>
    <message>
        <source>That value cannot be used here.</source>
        <translation>Seda väärtust ei saa siin kasutada.</translation>
    </message>
    <message>
        <source>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</source>
        <translation>Muudatust ei õnnestunud töötoa faili kirjutada, seega midagi ei muutunud. Kontrolli, et fail on alles ja sinna saab kirjutada, ning proovi uuesti.</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>(message) when an edit is refused</extracomment>
        <translation>Algus</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Esinejad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Kindel algus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkused</translation>
    </message>
    <message>
        <source>Does not fit: runs %1 min past the fixed start %2.</source>
        <translation>Ei mahu: ulatub %1 min üle kindla algusaja %2.</translation>
    </message>
    <message>
        <source>A fixed start: this block starts at %1 whatever comes before.</source>
        <translation>Kindel algusaeg: see plokk algab kell %1, olenemata eelnevast.</translation>
    </message>
    <message>
        <source>May give time when the day runs late.</source>
        <translation>Võib hilinemise korral lüheneda.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Muuda plokki „%1“</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Liiguta plokki „%1“</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Uus plokk</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Lisa plokk</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Kustuta plokk „%1“</translation>
    </message>
    <message>
        <source>Shorten “%1”</source>
        <translation>Lühenda plokki „%1“</translation>
    </message>
    <message>
        <source>May give time “%1”</source>
        <translation>„%1“ võib lüheneda</translation>
    </message>
    <message>
        <source>Keeps its time “%1”</source>
        <translation>„%1“ ei lühene</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
