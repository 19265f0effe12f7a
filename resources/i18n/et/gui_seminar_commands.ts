<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <source>Change attendance</source>
        <translation>Osalemise muutmine</translation>
    </message>
    <message>
        <source>Mark the activity</source>
        <translation>Tegevuse märkimine</translation>
    </message>
</context>
</TS>
