<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="86"/>
        <source>Activity</source>
        <extracomment>(activity id, mark before, mark chosen) (exception) a note could not be saved</extracomment>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="86"/>
        <source>Responsible</source>
        <translation>Vastutaja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="87"/>
        <source>Deadline</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="87"/>
        <source>At the seminar</source>
        <translation>Seminaril</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="88"/>
        <source>Its activities: mark each as confirmed, changed or dropped.</source>
        <translation>Omavalitsuse tegevused: märgi iga tegevus kinnitatuks, muudetuks või loobutuks.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="92"/>
        <source>not marked</source>
        <translation>märkimata</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="92"/>
        <source>confirmed</source>
        <translation>kinnitatud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="93"/>
        <source>changed</source>
        <translation>muudetud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="93"/>
        <source>dropped</source>
        <translation>loobutud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="98"/>
        <source>No municipality chosen</source>
        <translation>Omavalitsust pole valitud</translation>
    </message>
</context>
</TS>
