<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <source>Change attendance</source>
        <translation>Change attendance</translation>
    </message>
    <message>
        <source>Mark the activity</source>
        <translation>Mark the activity</translation>
    </message>
</context>
</TS>
