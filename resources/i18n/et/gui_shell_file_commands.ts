<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Töötoa failid (*%1);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Uus töötuba</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File › Open, or choose another name.</source>
        <translation>„%1“ on juba olemas. Ava see menüüst Fail › Ava või vali teine nimi.</translation>
    </message>
    <message>
        <source>The workshop could not be created.</source>
        <translation>Töötuba ei õnnestunud luua.</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Ava töötuba</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Kas avada see ainult lugemiseks?</translation>
    </message>
    <message>
        <source>Check that the folder exists, is writable and the disk is not full, then try again.</source>
        <translation>Kontrolli, et kaust on olemas, sinna saab kirjutada ja ketas pole täis, ning proovi uuesti.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Salvesta koopia</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>Koopiat ei õnnestunud salvestada.</translation>
    </message>
    <message>
        <source>Choose a different name from the open file.</source>
        <translation>Vali avatud failist erinev nimi.</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Koopia salvestatud: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <source>The new language takes effect when avtoituba is started again.</source>
        <translation>Uus keel hakkab kehtima avtoituba järgmisel käivitamisel.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Kasutusjuhend</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of avtoituba.</source>
        <translation>Selle avtoituba koopiaga ei ole kasutusjuhendit kaasas.</translation>
    </message>
</context>
</TS>
