<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="134"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;Uus töötuba…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="136"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ava…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="138"/>
        <source>Open &amp;recent</source>
        <translation>Ava &amp;hiljutine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="140"/>
        <source>Save a &amp;copy as…</source>
        <translation>Salvesta &amp;koopia…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="142"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Taasta varukoopiast…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="145"/>
        <source>Workshop &amp;details…</source>
        <translation>Töötoa an&amp;dmed…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muuda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="162"/>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="164"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="169"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Eelistused…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="176"/>
        <source>&amp;Projector window</source>
        <translation>&amp;Projektori aken</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="179"/>
        <source>&amp;Blackout projector</source>
        <translation>Projektor &amp;mustaks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="190"/>
        <source>&amp;User guide</source>
        <translation>&amp;Kasutusjuhend</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="194"/>
        <source>&amp;About avtoituba</source>
        <translation>&amp;Teave: avtoituba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="202"/>
        <source>No recent workshops</source>
        <translation>Hiljutisi töötubasid pole</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="212"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Tühjenda loend</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="337"/>
        <source>[read-only]</source>
        <translation>[ainult lugemiseks]</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="366"/>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Töötoa failid (*%1);;Kõik failid (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="369"/>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="377"/>
        <source>New workshop</source>
        <translation>Uus töötuba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="378"/>
        <source>“%1” already exists. Open it with File › Open, or choose another name.</source>
        <translation>„%1” on juba olemas. Ava see menüüst Fail › Ava või vali teine nimi.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="386"/>
        <source>The workshop could not be created.</source>
        <translation>Töötuba ei õnnestunud luua.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="393"/>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="408"/>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="423"/>
        <source>Open a workshop</source>
        <translation>Ava töötuba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="409"/>
        <source>Open it read-only?</source>
        <translation>Kas avada see ainult lugemiseks?</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="432"/>
        <source>Check that the folder exists, is writable and the disk is not full, then try again.</source>
        <translation>Kontrolli, et kaust on olemas, sinna saab kirjutada ja ketas pole täis, ning proovi uuesti.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="441"/>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="453"/>
        <source>Save a copy as</source>
        <translation>Salvesta koopia</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="451"/>
        <source>The copy could not be saved.</source>
        <translation>Koopiat ei õnnestunud salvestada.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="454"/>
        <source>Choose a different name from the open file.</source>
        <translation>Vali avatud failist erinev nimi.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="456"/>
        <source>Copy saved: %1</source>
        <translation>Koopia salvestatud: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="473"/>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="474"/>
        <source>The new language takes effect when avtoituba is started again.</source>
        <translation>Uus keel hakkab kehtima avtoituba järgmisel käivitamisel.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="485"/>
        <source>User guide</source>
        <translation>Kasutusjuhend</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="486"/>
        <source>The user guide is not installed with this copy of avtoituba.</source>
        <translation>Selle avtoituba koopiaga ei ole kasutusjuhendit kaasas.</translation>
    </message>
</context>
</TS>
