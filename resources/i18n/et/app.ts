<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Startup</name>
    <message>
        <source>The demo workshop opens instead.</source>
        <translation>Selle asemel avatakse näidistöötuba.</translation>
    </message>
</context>
</TS>
