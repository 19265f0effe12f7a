<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="126"/>
        <source>Agenda</source>
        <extracomment>the narrowest the title column gets before the right panel gives way</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="184"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="185"/>
        <source>Planned and actual</source>
        <translation>Planned and actual</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="245"/>
        <source>A message for the room, e.g. “2 more minutes”</source>
        <translation>A message for the room, e.g. “2 more minutes”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="249"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="252"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="254"/>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="258"/>
        <source>Projector clock</source>
        <translation>Projector clock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="261"/>
        <source>A message for the room on the projector</source>
        <translation>A message for the room on the projector</translation>
    </message>
</context>
</TS>
