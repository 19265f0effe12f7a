<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Importing</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="44"/>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="83"/>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="103"/>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="129"/>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="45"/>
        <source>Registration lists (%1);;All files (*)</source>
        <translation>Registration lists (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="81"/>
        <source>Reading “%1”…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="100"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="104"/>
        <source>“%1” cannot be imported.</source>
        <translation>“%1” cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/importing.py" line="106"/>
        <source>Nothing was imported. A list needs a header row with at least the columns Nimi (Name) and Omavalitsus (Municipality).</source>
        <translation>Nothing was imported. A list needs a header row with at least the columns Nimi (Name) and Omavalitsus (Municipality).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/importing.py" line="132"/>
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>Import %n participant</numerusform>
            <numerusform>Import %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/importing.py" line="135"/>
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n participant imported.</numerusform>
            <numerusform>%n participants imported.</numerusform>
        </translation>
    </message>
</context>
</TS>
