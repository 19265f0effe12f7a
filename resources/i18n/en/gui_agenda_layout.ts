<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="107"/>
        <source>Agenda</source>
        <extracomment>the narrowest the title column gets before the right panel gives way</extracomment>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="165"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="166"/>
        <source>Planned and actual</source>
        <translation>Planned and actual</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="224"/>
        <source>A message for the room, e.g. “2 more minutes”</source>
        <translation>A message for the room, e.g. “2 more minutes”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="228"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="231"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="233"/>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="237"/>
        <source>Projector clock</source>
        <translation>Projector clock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/layout.py" line="240"/>
        <source>A message for the room on the projector</source>
        <translation>A message for the room on the projector</translation>
    </message>
</context>
</TS>
