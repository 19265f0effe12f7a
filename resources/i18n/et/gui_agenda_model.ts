<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="48"/>
        <source>Talk</source>
        <translation>Ettekanne</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="49"/>
        <source>Questions</source>
        <translation>Küsimused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="50"/>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="51"/>
        <source>Stories</source>
        <translation>Kogemuslood</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="52"/>
        <source>Group work</source>
        <translation>Grupitöö</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="53"/>
        <source>Presentations</source>
        <translation>Esitlused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="54"/>
        <source>Homework</source>
        <translation>Kodutöö</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="55"/>
        <source>Closing</source>
        <translation>Lõpetamine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="61"/>
        <source>A block lasts from 1 to 720 minutes.</source>
        <translation>Ploki kestus on 1 kuni 720 minutit.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="63"/>
        <source>Type a fixed start as a time of day, such as 14:15, or leave it empty.</source>
        <translation>Sisesta kindel algus kellaajana, näiteks 14:15, või jäta tühjaks.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="65"/>
        <source>A block needs a title.</source>
        <translation>Plokil peab olema pealkiri.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="66"/>
        <source>That value cannot be used here.</source>
        <translation>Seda väärtust ei saa siin kasutada.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="70"/>
        <source>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</source>
        <translation>Muudatust ei õnnestunud töötoa faili kirjutada, seega midagi ei muutunud. Kontrolli, et fail on alles ja sinna saab kirjutada, ning proovi uuesti.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="132"/>
        <source>Start</source>
        <extracomment>(message) when an edit is refused</extracomment>
        <translation>Algus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="133"/>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="134"/>
        <source>Minutes</source>
        <translation>Minutid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="135"/>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="136"/>
        <source>Speakers</source>
        <translation>Esinejad</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="137"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="138"/>
        <source>Fixed start</source>
        <translation>Kindel algusaeg</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="139"/>
        <source>Notes</source>
        <translation>Märkused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="169"/>
        <source>Does not fit: runs %1 min past the fixed start %2.</source>
        <translation>Ei mahu: ulatub %1 min üle kindla algusaja %2.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="174"/>
        <source>A fixed start: this block starts at %1 whatever comes before.</source>
        <translation>Kindel algusaeg: see plokk algab kell %1, olenemata eelnevast.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="180"/>
        <source>May give time when the day runs late.</source>
        <translation>Võib hilinemise korral lüheneda.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="233"/>
        <source>Edit “%1”</source>
        <translation>Muuda plokki „%1“</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="307"/>
        <source>Move “%1”</source>
        <translation>Liiguta plokki „%1“</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="318"/>
        <source>New block</source>
        <translation>Uus plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="321"/>
        <source>Add a block</source>
        <translation>Lisa plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="328"/>
        <source>Delete “%1”</source>
        <translation>Kustuta plokk „%1“</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="338"/>
        <source>Shorten “%1”</source>
        <translation>Lühenda plokki „%1“</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="347"/>
        <source>May give time “%1”</source>
        <translation>„%1“ võib lüheneda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="348"/>
        <source>Keeps its time “%1”</source>
        <translation>„%1“ ei lühene</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="386"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
