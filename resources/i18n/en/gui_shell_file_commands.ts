<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="53"/>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Workshop files (*%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="56"/>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="64"/>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="65"/>
        <source>“%1” already exists. Open it with File › Open, or choose another name.</source>
        <translation>“%1” already exists. Open it with File › Open, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="73"/>
        <source>The workshop could not be created.</source>
        <translation>The workshop could not be created.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="80"/>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="101"/>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="117"/>
        <source>Open a workshop</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="102"/>
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="126"/>
        <source>Check that the folder exists, is writable and the disk is not full, then try again.</source>
        <translation>Check that the folder exists, is writable and the disk is not full, then try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="135"/>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="147"/>
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="144"/>
        <source>The copy could not be saved.</source>
        <translation>The copy could not be saved.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="148"/>
        <source>Choose a different name from the open file.</source>
        <translation>Choose a different name from the open file.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="152"/>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="174"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="175"/>
        <source>The new language takes effect when avtoituba is started again.</source>
        <translation>The new language takes effect when avtoituba is started again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="207"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/file_commands.py" line="208"/>
        <source>The user guide is not installed with this copy of avtoituba.</source>
        <translation>The user guide is not installed with this copy of avtoituba.</translation>
    </message>
</context>
</TS>
