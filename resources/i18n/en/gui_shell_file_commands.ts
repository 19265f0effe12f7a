<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
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
