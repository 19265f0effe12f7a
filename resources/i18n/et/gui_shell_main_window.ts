<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ava &amp;hiljutine</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Hiljutisi töötubasid pole</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Tühjenda loend</translation>
    </message>
    <message>
        <source>The workshop file is damaged</source>
        <translation>Töötoa fail on vigane</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[ainult lugemiseks]</translation>
    </message>
</context>
</TS>
