<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantEditing</name>
    <message>
        <source>Add participant</source>
        <translation>Osaleja lisamine</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lisa %1</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Osaleja muutmine</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Muuda: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Eemalda %n osaleja</numerusform>
            <numerusform>Eemalda %n osalejat</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Eemalda osaleja</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Märgi kohalolijaks</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Märgi puudujaks</translation>
    </message>
</context>
</TS>
