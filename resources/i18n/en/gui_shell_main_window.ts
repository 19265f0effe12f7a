<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Workshop &amp;details…</source>
        <translation>Workshop &amp;details…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Projector window</translation>
    </message>
    <message>
        <source>&amp;Blackout projector</source>
        <translation>&amp;Blackout projector</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About avtoituba</source>
        <translation>&amp;About avtoituba</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>No recent workshops</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Workshop files (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File › Open, or choose another name.</source>
        <translation>“%1” already exists. Open it with File › Open, or choose another name.</translation>
    </message>
    <message>
        <source>The workshop could not be created.</source>
        <translation>The workshop could not be created.</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <source>Check that the folder exists, is writable and the disk is not full, then try again.</source>
        <translation>Check that the folder exists, is writable and the disk is not full, then try again.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>The copy could not be saved.</source>
        <translation>The copy could not be saved.</translation>
    </message>
    <message>
        <source>Choose a different name from the open file.</source>
        <translation>Choose a different name from the open file.</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>The new language takes effect when avtoituba is started again.</source>
        <translation>The new language takes effect when avtoituba is started again.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of avtoituba.</source>
        <translation>The user guide is not installed with this copy of avtoituba.</translation>
    </message>
</context>
</TS>
