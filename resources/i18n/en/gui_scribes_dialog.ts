<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ScribeDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="68"/>
        <source>Scribes on phones</source>
        <translation>Scribes on phones</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="85"/>
        <source>This computer&apos;s address in the room&apos;s network:</source>
        <translation>This computer&apos;s address in the room&apos;s network:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="86"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="90"/>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="191"/>
        <source>Switch scribe mode on</source>
        <translation>Switch scribe mode on</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="93"/>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="192"/>
        <source>Scribe mode is off: nothing listens on the network.</source>
        <translation>Scribe mode is off: nothing listens on the network.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="99"/>
        <source>Join codes: each group scans its own</source>
        <translation>Join codes: each group scans its own</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="102"/>
        <source>Save table cards as PDF…</source>
        <translation>Save table cards as PDF…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="107"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="107"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="108"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="113"/>
        <source>Block the selected device</source>
        <translation>Block the selected device</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="116"/>
        <source>Show the codes on the projector</source>
        <translation>Show the codes on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="124"/>
        <source>Dot vote</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="126"/>
        <source>Voting open</source>
        <translation>Voting open</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="132"/>
        <source>Show the tally</source>
        <translation>Show the tally</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="134"/>
        <source>Clear the votes…</source>
        <translation>Clear the votes…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="138"/>
        <source>Dots per person:</source>
        <translation>Dots per person:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="143"/>
        <source>Show the result on the projector</source>
        <translation>Show the result on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="173"/>
        <source>Scribe mode</source>
        <translation>Scribe mode</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="174"/>
        <source>Cannot listen on %1:%2 (%3). Choose another port or address.</source>
        <translation>Cannot listen on %1:%2 (%3). Choose another port or address.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="178"/>
        <source>Switch scribe mode off</source>
        <translation>Switch scribe mode off</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="179"/>
        <source>Scribe mode is on at %1, port %2. Groups join with their code.</source>
        <translation>Scribe mode is on at %1, port %2. Groups join with their code.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="217"/>
        <source>Voting (everyone)</source>
        <translation>Voting (everyone)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="250"/>
        <source>Save table cards</source>
        <translation>Save table cards</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="251"/>
        <source>Table cards.pdf</source>
        <translation>Table cards.pdf</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="253"/>
        <source>Scan to write down your group&apos;s activities</source>
        <translation>Scan to write down your group&apos;s activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="266"/>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="268"/>
        <source>%1 (blocked)</source>
        <translation>%1 (blocked)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="275"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot(s)</numerusform>
            <numerusform>%n ballot(s)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="348"/>
        <source>Clear the votes</source>
        <translation>Clear the votes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="349"/>
        <source>Clear every ballot? Everyone can then vote again.</source>
        <translation>Clear every ballot? Everyone can then vote again.</translation>
    </message>
</context>
</TS>
