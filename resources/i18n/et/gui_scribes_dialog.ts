<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ScribeDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="67"/>
        <source>Scribes on phones</source>
        <translation>Grupid kirjutavad telefonis</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="83"/>
        <source>This computer&apos;s address in the room&apos;s network:</source>
        <translation>Selle arvuti aadress ruumi võrgus:</translation>
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
        <translation>Lülita telefonirežiim sisse</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="91"/>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="184"/>
        <source>Scribe mode is off: nothing listens on the network.</source>
        <translation>Telefonirežiim on väljas: võrgus ei kuula miski.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="97"/>
        <source>Join codes: each group scans its own</source>
        <translation>Liitumiskoodid: iga grupp skaneerib oma koodi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="100"/>
        <source>Save table cards as PDF…</source>
        <translation>Salvesta lauakaardid PDF-ina…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="105"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="105"/>
        <source>Device</source>
        <translation>Seade</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="106"/>
        <source>Entries</source>
        <translation>Sissekanded</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="111"/>
        <source>Block the selected device</source>
        <translation>Blokeeri valitud seade</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="119"/>
        <source>Dot vote</source>
        <translation>Täpihääletus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="121"/>
        <source>Voting open</source>
        <translation>Hääletus avatud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="127"/>
        <source>Show the tally</source>
        <translation>Näita tulemust</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="129"/>
        <source>Clear the votes…</source>
        <translation>Tühjenda hääled…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="133"/>
        <source>Dots per person:</source>
        <translation>Täppe inimese kohta:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="165"/>
        <source>Scribe mode</source>
        <translation>Telefonirežiim</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="166"/>
        <source>Cannot listen on %1:%2 (%3). Choose another port or address.</source>
        <translation>Aadressil %1:%2 ei saa kuulata (%3). Vali muu port või aadress.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="170"/>
        <source>Switch scribe mode off</source>
        <translation>Lülita telefonirežiim välja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="171"/>
        <source>Scribe mode is on at %1, port %2. Groups join with their code.</source>
        <translation>Telefonirežiim on sees: %1, port %2. Grupid liituvad oma koodiga.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="200"/>
        <source>Voting (everyone)</source>
        <translation>Hääletus (kõik)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="231"/>
        <source>Save table cards</source>
        <translation>Salvesta lauakaardid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="232"/>
        <source>Table cards.pdf</source>
        <translation>Lauakaardid.pdf</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="234"/>
        <source>Scan to write down your group&apos;s activities</source>
        <translation>Skaneeri ja kirjuta üles oma grupi tegevused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="247"/>
        <source>Device %1</source>
        <translation>Seade %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="249"/>
        <source>%1 (blocked)</source>
        <translation>%1 (blokeeritud)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="256"/>
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n hääletaja</numerusform>
            <numerusform>%n hääletajat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="279"/>
        <source>Clear the votes</source>
        <translation>Tühjenda hääled</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/scribes/dialog.py" line="280"/>
        <source>Clear every ballot? Everyone can then vote again.</source>
        <translation>Kas tühjendad kõik hääled? Siis saavad kõik uuesti hääletada.</translation>
    </message>
</context>
</TS>
