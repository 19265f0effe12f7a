<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <extracomment>the narrowest the title column gets before the right panel gives way</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Planned and actual</source>
        <translation>Planned and actual</translation>
    </message>
    <message>
        <source>A message for the room, e.g. “2 more minutes”</source>
        <translation>A message for the room, e.g. “2 more minutes”</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <source>Projector clock</source>
        <translation>Projector clock</translation>
    </message>
    <message>
        <source>A message for the room on the projector</source>
        <translation>A message for the room on the projector</translation>
    </message>
</context>
</TS>
