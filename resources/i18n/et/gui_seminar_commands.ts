<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/commands.py" line="22"/>
        <source>Change attendance</source>
        <translation>Osalemise muutmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/commands.py" line="43"/>
        <source>Mark the activity</source>
        <translation>Tegevuse märkimine</translation>
    </message>
</context>
</TS>
