<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialog.py" line="31"/>
        <source>Edit participant</source>
        <translation>Osaleja muutmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialog.py" line="31"/>
        <source>Add participant</source>
        <translation>Osaleja lisamine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialog.py" line="51"/>
        <source>Type the participant&apos;s name.</source>
        <translation>Kirjutage osaleja nimi.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialog.py" line="55"/>
        <source>Type the municipality, so that the assignment can spread its people over the groups.</source>
        <translation>Kirjutage omavalitsus, et jaotus saaks tema inimesed gruppide vahel ära jagada.</translation>
    </message>
</context>
</TS>
