<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <source>Folder for the seminar summary</source>
        <translation>Folder for the seminar summary</translation>
    </message>
    <message>
        <source>The summary could not be written into %1. Choose a folder you can write to and try again.</source>
        <translation>The summary could not be written into %1. Choose a folder you can write to and try again.</translation>
    </message>
</context>
</TS>
