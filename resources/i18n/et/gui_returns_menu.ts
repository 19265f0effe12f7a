<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ReturnsMenu</name>
    <message>
        <source>&amp;Import returned homework…</source>
        <translation>&amp;Impordi tagastatud kodutööd…</translation>
    </message>
    <message>
        <source>Read the homework packs the municipalities sent back</source>
        <translation>Loe sisse kodutööpakid, mille omavalitsused tagasi saatsid</translation>
    </message>
</context>
</TS>
