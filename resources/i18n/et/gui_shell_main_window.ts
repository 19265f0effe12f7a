<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="137"/>
        <source>Open &amp;recent</source>
        <translation>Ava &amp;hiljutine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="132"/>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="134"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="166"/>
        <source>No recent workshops</source>
        <translation>Hiljutisi töötubasid pole</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="176"/>
        <source>&amp;Clear the list</source>
        <translation>&amp;Tühjenda loend</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/main_window.py" line="321"/>
        <source>[read-only]</source>
        <translation>[ainult lugemiseks]</translation>
    </message>
</context>
</TS>
