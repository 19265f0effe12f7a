<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Osaleja muutmine</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Osaleja lisamine</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name.</source>
        <translation>Sisesta osaleja nimi.</translation>
    </message>
    <message>
        <source>Type the municipality, so that the assignment can spread its people over the groups.</source>
        <translation>Sisesta omavalitsus, et jaotus saaks tema inimesed gruppide vahel ära jagada.</translation>
    </message>
</context>
</TS>
