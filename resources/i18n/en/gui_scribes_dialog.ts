<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ScribeDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="67"/>
        <source>Scribes on phones</source>
        <translation>Scribes on phones</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="83"/>
        <source>This computer&apos;s address in the room&apos;s network:</source>
        <translation>This computer&apos;s address in the room&apos;s network:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="84"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="88"/>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="183"/>
        <source>Switch scribe mode on</source>
        <translation>Switch scribe mode on</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="91"/>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="184"/>
        <source>Scribe mode is off: nothing listens on the network.</source>
        <translation>Scribe mode is off: nothing listens on the network.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="97"/>
        <source>Join codes: each group scans its own</source>
        <translation>Join codes: each group scans its own</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="100"/>
        <source>Save table cards as PDF…</source>
        <translation>Save table cards as PDF…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="105"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="105"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="106"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="111"/>
        <source>Block the selected device</source>
        <translation>Block the selected device</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="119"/>
        <source>Dot vote</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="121"/>
        <source>Voting open</source>
        <translation>Voting open</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="127"/>
        <source>Show the tally</source>
        <translation>Show the tally</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="129"/>
        <source>Clear the votes…</source>
        <translation>Clear the votes…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="133"/>
        <source>Dots per person:</source>
        <translation>Dots per person:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="165"/>
        <source>Scribe mode</source>
        <translation>Scribe mode</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="166"/>
        <source>Cannot listen on %1:%2 (%3). Choose another port or address.</source>
        <translation>Cannot listen on %1:%2 (%3). Choose another port or address.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="170"/>
        <source>Switch scribe mode off</source>
        <translation>Switch scribe mode off</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="171"/>
        <source>Scribe mode is on at %1, port %2. Groups join with their code.</source>
        <translation>Scribe mode is on at %1, port %2. Groups join with their code.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="200"/>
        <source>Voting (everyone)</source>
        <translation>Voting (everyone)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="231"/>
        <source>Save table cards</source>
        <translation>Save table cards</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="232"/>
        <source>Table cards.pdf</source>
        <translation>Table cards.pdf</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="234"/>
        <source>Scan to write down your group&apos;s activities</source>
        <translation>Scan to write down your group&apos;s activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="247"/>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="249"/>
        <source>%1 (blocked)</source>
        <translation>%1 (blocked)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="256"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot(s)</numerusform>
            <numerusform>%n ballot(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="279"/>
        <source>Clear the votes</source>
        <translation>Clear the votes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="280"/>
        <source>Clear every ballot? Everyone can then vote again.</source>
        <translation>Clear every ballot? Everyone can then vote again.</translation>
    </message>
</context>
</TS>
