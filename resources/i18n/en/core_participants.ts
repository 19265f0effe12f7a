<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Participants</name>
    <message>
        <source>a participant needs a name</source>
        <translation>a participant needs a name</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>the %1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>rows with errors cannot be imported: %1</source>
        <translation>rows with errors cannot be imported: %1</translation>
    </message>
    <message>
        <source>no participant %1</source>
        <translation>no participant %1</translation>
    </message>
</context>
</TS>
