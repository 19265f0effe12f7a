<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsOutput</name>
    <message>
        <source>Save group lists</source>
        <translation>Save group lists</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>The group lists could not be saved.</source>
        <translation>The group lists could not be saved.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</source>
        <translation>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</translation>
    </message>
    <message>
        <source>Group lists saved: %1</source>
        <translation>Group lists saved: %1</translation>
    </message>
</context>
</TS>
