<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>NotesPanel</name>
    <message>
        <source>Activity</source>
        <extracomment>(activity id, mark before, mark chosen) (exception) a note could not be saved</extracomment>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>At the seminar</source>
        <translation>At the seminar</translation>
    </message>
    <message>
        <source>Its activities: mark each as confirmed, changed or dropped.</source>
        <translation>Its activities: mark each as confirmed, changed or dropped.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>not marked</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>dropped</translation>
    </message>
    <message>
        <source>No municipality chosen</source>
        <translation>No municipality chosen</translation>
    </message>
    <message>
        <source>From the homework: %1</source>
        <translation>From the homework: %1</translation>
    </message>
</context>
</TS>
