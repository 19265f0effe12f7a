<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="135"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="132"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="164"/>
        <source>No recent workshops</source>
        <translation>No recent workshops</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="174"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="320"/>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
</context>
</TS>
