<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Participants</name>
    <message>
        <source>a participant needs a name</source>
        <translation>osalejal peab olema nimi</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>%1 on pikem kui %2 märki</translation>
    </message>
    <message>
        <source>rows with errors cannot be imported: %1</source>
        <translation>vigadega ridu ei saa importida: %1</translation>
    </message>
    <message>
        <source>no participant %1</source>
        <translation>osalejat %1 pole</translation>
    </message>
</context>
</TS>
