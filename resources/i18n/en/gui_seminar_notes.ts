<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="86"/>
        <source>Activity</source>
        <extracomment>(activity id, mark before, mark chosen) (exception) a note could not be saved</extracomment>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="86"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="87"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="87"/>
        <source>At the seminar</source>
        <translation>At the seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="88"/>
        <source>Its activities: mark each as confirmed, changed or dropped.</source>
        <translation>Its activities: mark each as confirmed, changed or dropped.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="92"/>
        <source>not marked</source>
        <translation>not marked</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="92"/>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="93"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="93"/>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/notes.py" line="98"/>
        <source>No municipality chosen</source>
        <translation>No municipality chosen</translation>
    </message>
</context>
</TS>
