<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="42"/>
        <source>Talk</source>
        <translation>Ettekanne</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="43"/>
        <source>Questions</source>
        <translation>Küsimused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="44"/>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="45"/>
        <source>Stories</source>
        <translation>Kogemuslood</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="46"/>
        <source>Group work</source>
        <translation>Grupitöö</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="47"/>
        <source>Presentations</source>
        <translation>Esitlused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="48"/>
        <source>Homework</source>
        <translation>Kodutöö</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="49"/>
        <source>Closing</source>
        <translation>Lõpetamine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="55"/>
        <source>A block lasts from 1 to 720 minutes.</source>
        <translation>Ploki kestus on 1 kuni 720 minutit.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="57"/>
        <source>Type a fixed start as a time of day, such as 14:15, or leave it empty.</source>
        <translation>Sisesta kindel algus kellaajana, näiteks 14:15, või jäta tühjaks.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="59"/>
        <source>A block needs a title.</source>
        <translation>Plokil peab olema pealkiri.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="60"/>
        <source>That value cannot be used here.</source>
        <translation>Seda väärtust ei saa siin kasutada.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="113"/>
        <source>Start</source>
        <extracomment>(message) when an edit is refused</extracomment>
        <translation>Algus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="114"/>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="115"/>
        <source>Minutes</source>
        <translation>Minutid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="116"/>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="117"/>
        <source>Speakers</source>
        <translation>Esinejad</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="118"/>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="119"/>
        <source>Fixed start</source>
        <translation>Kindel algus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="120"/>
        <source>Notes</source>
        <translation>Märkused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="150"/>
        <source>Does not fit: runs %1 min past the %2 anchor.</source>
        <translation>Ei mahu: ulatub %1 min üle kindla aja %2.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="155"/>
        <source>An anchor: this block starts at %1 whatever comes before.</source>
        <translation>Kindel aeg: see plokk algab kell %1, olenemata eelnevast.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="208"/>
        <source>Edit “%1”</source>
        <translation>Muuda plokki „%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="260"/>
        <source>Move “%1”</source>
        <translation>Liiguta plokki „%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="264"/>
        <source>New block</source>
        <translation>Uus plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="265"/>
        <source>Add a block</source>
        <translation>Lisa plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="269"/>
        <source>Delete “%1”</source>
        <translation>Kustuta plokk „%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="279"/>
        <source>Shorten “%1”</source>
        <translation>Lühenda plokki „%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="379"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
