<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>NotesPanel</name>
    <message>
        <source>Activity</source>
        <extracomment>(activity id, mark before, mark chosen) (exception) a note could not be saved</extracomment>
        <translation>Tegevus</translation>
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
        <source>At the seminar</source>
        <translation>Seminaril</translation>
    </message>
    <message>
        <source>Its activities: mark each as confirmed, changed or dropped.</source>
        <translation>Omavalitsuse tegevused: märgi iga tegevus kinnitatuks, muudetuks või loobutuks.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>märkimata</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>kinnitatud</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muudetud</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>loobutud</translation>
    </message>
    <message>
        <source>No municipality chosen</source>
        <translation>Omavalitsust pole valitud</translation>
    </message>
    <message>
        <source>From the homework: %1</source>
        <translation>Kodutöös vastati: %1</translation>
    </message>
</context>
</TS>
