<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ScribeDialog</name>
    <message>
        <source>Scribes on phones</source>
        <translation>Scribes on phones</translation>
    </message>
    <message>
        <source>This computer&apos;s address in the room&apos;s network:</source>
        <translation>This computer&apos;s address in the room&apos;s network:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Switch scribe mode on</source>
        <translation>Switch scribe mode on</translation>
    </message>
    <message>
        <source>Scribe mode is off: nothing listens on the network.</source>
        <translation>Scribe mode is off: nothing listens on the network.</translation>
    </message>
    <message>
        <source>Join codes: each group scans its own</source>
        <translation>Join codes: each group scans its own</translation>
    </message>
    <message>
        <source>Save table cards as PDF…</source>
        <translation>Save table cards as PDF…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Block the selected device</source>
        <translation>Block the selected device</translation>
    </message>
    <message>
        <source>Show the codes on the projector</source>
        <translation>Show the codes on the projector</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Voting open</translation>
    </message>
    <message>
        <source>Show the tally</source>
        <translation>Show the tally</translation>
    </message>
    <message>
        <source>Clear the votes…</source>
        <translation>Clear the votes…</translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation>Dots per person:</translation>
    </message>
    <message>
        <source>Show the result on the projector</source>
        <translation>Show the result on the projector</translation>
    </message>
    <message>
        <source>Scribe mode</source>
        <translation>Scribe mode</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (%3). Choose another port or address.</source>
        <translation>Cannot listen on %1:%2 (%3). Choose another port or address.</translation>
    </message>
    <message>
        <source>Switch scribe mode off</source>
        <translation>Switch scribe mode off</translation>
    </message>
    <message>
        <source>Scribe mode is on at %1, port %2. Groups join with their code.</source>
        <translation>Scribe mode is on at %1, port %2. Groups join with their code.</translation>
    </message>
    <message>
        <source>Voting (everyone)</source>
        <translation>Voting (everyone)</translation>
    </message>
    <message>
        <source>Save table cards</source>
        <translation>Save table cards</translation>
    </message>
    <message>
        <source>Table cards.pdf</source>
        <translation>Table cards.pdf</translation>
    </message>
    <message>
        <source>Scan to write down your group&apos;s activities</source>
        <translation>Scan to write down your group&apos;s activities</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (blocked)</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot(s)</numerusform>
            <numerusform>%n ballot(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the votes</source>
        <translation>Clear the votes</translation>
    </message>
    <message>
        <source>Clear every ballot? Everyone can then vote again.</source>
        <translation>Clear every ballot? Everyone can then vote again.</translation>
    </message>
</context>
</TS>
