<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ReturnsMenu</name>
    <message>
        <location filename="../../../avtoituba/gui/returns/menu.py" line="13" />
        <source>&amp;Import returned homework…</source>
        <translation>&amp;Impordi tagastatud kodutööd…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/menu.py" line="15" />
        <source>Read the homework packs the municipalities sent back</source>
        <translation>Loe sisse kodutööpakid, mille omavalitsused tagasi saatsid</translation>
    </message>
</context>
</TS>
