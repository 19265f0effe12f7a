<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ScribeDialog</name>
    <message>
        <source>Scribes on phones</source>
        <translation>Grupid kirjutavad telefonis</translation>
    </message>
    <message>
        <source>This computer&apos;s address in the room&apos;s network:</source>
        <translation>Selle arvuti aadress ruumi võrgus:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Switch scribe mode on</source>
        <translation>Lülita telefonirežiim sisse</translation>
    </message>
    <message>
        <source>Scribe mode is off: nothing listens on the network.</source>
        <translation>Telefonirežiim on väljas: võrgus ei kuula miski.</translation>
    </message>
    <message>
        <source>Join codes: each group scans its own</source>
        <translation>Liitumiskoodid: iga grupp skaneerib oma koodi</translation>
    </message>
    <message>
        <source>Save table cards as PDF…</source>
        <translation>Salvesta lauakaardid PDF-ina…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Seade</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Sissekanded</translation>
    </message>
    <message>
        <source>Block the selected device</source>
        <translation>Blokeeri valitud seade</translation>
    </message>
    <message>
        <source>Show the codes on the projector</source>
        <translation>Näita koode projektoril</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Täpihääletus</translation>
    </message>
    <message>
        <source>Voting open</source>
        <translation>Hääletus avatud</translation>
    </message>
    <message>
        <source>Show the tally</source>
        <translation>Näita tulemust</translation>
    </message>
    <message>
        <source>Clear the votes…</source>
        <translation>Tühjenda hääled…</translation>
    </message>
    <message>
        <source>Dots per person:</source>
        <translation>Täppe inimese kohta:</translation>
    </message>
    <message>
        <source>Show the result on the projector</source>
        <translation>Näita tulemust projektoril</translation>
    </message>
    <message>
        <source>Scribe mode</source>
        <translation>Telefonirežiim</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (%3). Choose another port or address.</source>
        <translation>Aadressil %1:%2 ei saa kuulata (%3). Vali muu port või aadress.</translation>
    </message>
    <message>
        <source>Switch scribe mode off</source>
        <translation>Lülita telefonirežiim välja</translation>
    </message>
    <message>
        <source>Scribe mode is on at %1, port %2. Groups join with their code.</source>
        <translation>Telefonirežiim on sees: %1, port %2. Grupid liituvad oma koodiga.</translation>
    </message>
    <message>
        <source>Voting (everyone)</source>
        <translation>Hääletus (kõik)</translation>
    </message>
    <message>
        <source>Save table cards</source>
        <translation>Salvesta lauakaardid</translation>
    </message>
    <message>
        <source>Table cards.pdf</source>
        <translation>Lauakaardid.pdf</translation>
    </message>
    <message>
        <source>Scan to write down your group&apos;s activities</source>
        <translation>Skaneeri ja kirjuta üles oma grupi tegevused</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Seade %1</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (blokeeritud)</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n hääletaja</numerusform>
            <numerusform>%n hääletajat</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the votes</source>
        <translation>Tühjenda hääled</translation>
    </message>
    <message>
        <source>Clear every ballot? Everyone can then vote again.</source>
        <translation>Kas tühjendad kõik hääled? Siis saavad kõik uuesti hääletada.</translation>
    </message>
</context>
</TS>
