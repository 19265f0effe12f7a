<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="53"/>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Töötoa failid (*%1);;Kõik failid (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="56"/>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="64"/>
        <source>New workshop</source>
        <translation>Uus töötuba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="65"/>
        <source>“%1” already exists. Open it with File › Open, or choose another name.</source>
        <translation>„%1” on juba olemas. Ava see menüüst Fail › Ava või vali teine nimi.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="73"/>
        <source>The workshop could not be created.</source>
        <translation>Töötuba ei õnnestunud luua.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="80"/>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="101"/>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="117"/>
        <source>Open a workshop</source>
        <translation>Ava töötuba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="102"/>
        <source>Open it read-only?</source>
        <translation>Kas avada see ainult lugemiseks?</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="126"/>
        <source>Check that the folder exists, is writable and the disk is not full, then try again.</source>
        <translation>Kontrolli, et kaust on olemas, sinna saab kirjutada ja ketas pole täis, ning proovi uuesti.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="135"/>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="147"/>
        <source>Save a copy as</source>
        <translation>Salvesta koopia</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="144"/>
        <source>The copy could not be saved.</source>
        <translation>Koopiat ei õnnestunud salvestada.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="148"/>
        <source>Choose a different name from the open file.</source>
        <translation>Vali avatud failist erinev nimi.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="152"/>
        <source>Copy saved: %1</source>
        <translation>Koopia salvestatud: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="174"/>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="175"/>
        <source>The new language takes effect when avtoituba is started again.</source>
        <translation>Uus keel hakkab kehtima avtoituba järgmisel käivitamisel.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="207"/>
        <source>User guide</source>
        <translation>Kasutusjuhend</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="208"/>
        <source>The user guide is not installed with this copy of avtoituba.</source>
        <translation>Selle avtoituba koopiaga ei ole kasutusjuhendit kaasas.</translation>
    </message>
</context>
</TS>
