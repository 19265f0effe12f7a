<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="137"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="132"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="134"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="166"/>
        <source>No recent workshops</source>
        <translation>No recent workshops</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="176"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="321"/>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
</context>
</TS>
