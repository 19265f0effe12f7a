<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="134"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="136"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="138"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="140"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="142"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="145"/>
        <source>Workshop &amp;details…</source>
        <translation>Workshop &amp;details…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="161"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="162"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="164"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="169"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="175"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="176"/>
        <source>&amp;Projector window</source>
        <translation>&amp;Projector window</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="179"/>
        <source>&amp;Blackout projector</source>
        <translation>&amp;Blackout projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="190"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="194"/>
        <source>&amp;About avtoituba</source>
        <translation>&amp;About avtoituba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="202"/>
        <source>No recent workshops</source>
        <translation>No recent workshops</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="212"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="337"/>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="366"/>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Workshop files (*%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="369"/>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="377"/>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="378"/>
        <source>“%1” already exists. Open it with File › Open, or choose another name.</source>
        <translation>“%1” already exists. Open it with File › Open, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="386"/>
        <source>The workshop could not be created.</source>
        <translation>The workshop could not be created.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="393"/>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="408"/>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="423"/>
        <source>Open a workshop</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="409"/>
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="432"/>
        <source>Check that the folder exists, is writable and the disk is not full, then try again.</source>
        <translation>Check that the folder exists, is writable and the disk is not full, then try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="441"/>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="453"/>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="451"/>
        <source>The copy could not be saved.</source>
        <translation>The copy could not be saved.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="454"/>
        <source>Choose a different name from the open file.</source>
        <translation>Choose a different name from the open file.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="456"/>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="473"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="474"/>
        <source>The new language takes effect when avtoituba is started again.</source>
        <translation>The new language takes effect when avtoituba is started again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="485"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="486"/>
        <source>The user guide is not installed with this copy of avtoituba.</source>
        <translation>The user guide is not installed with this copy of avtoituba.</translation>
    </message>
</context>
</TS>
