<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="126"/>
        <source>Agenda</source>
        <extracomment>the narrowest the title column gets before the right panel gives way</extracomment>
        <translation>Ajakava</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="184"/>
        <source>Blocks</source>
        <translation>Plokid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="185"/>
        <source>Planned and actual</source>
        <translation>Plaan ja tegelikkus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="245"/>
        <source>A message for the room, e.g. “2 more minutes”</source>
        <translation>Teade saalile, nt „Veel 2 minutit“</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="249"/>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="252"/>
        <source>Clear</source>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="254"/>
        <source>Blackout</source>
        <translation>Must ekraan</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="258"/>
        <source>Projector clock</source>
        <translation>Kell projektoril</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="261"/>
        <source>A message for the room on the projector</source>
        <translation>Teade saalile projektoril</translation>
    </message>
</context>
</TS>
