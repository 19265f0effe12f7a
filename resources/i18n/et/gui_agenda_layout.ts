<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <extracomment>the narrowest the title column gets before the right panel gives way</extracomment>
        <translation>Ajakava</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Plokid</translation>
    </message>
    <message>
        <source>Planned and actual</source>
        <translation>Plaan ja tegelikkus</translation>
    </message>
    <message>
        <source>A message for the room, e.g. “2 more minutes”</source>
        <translation>Teade saalile, nt „Veel 2 minutit“</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Must ekraan</translation>
    </message>
    <message>
        <source>Projector clock</source>
        <translation>Kell projektoril</translation>
    </message>
    <message>
        <source>A message for the room on the projector</source>
        <translation>Teade saalile projektoril</translation>
    </message>
</context>
</TS>
