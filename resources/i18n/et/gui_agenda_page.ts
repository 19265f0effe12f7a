<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="143"/>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="243"/>
        <source>Agenda</source>
        <translation>Ajakava</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="155"/>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="510"/>
        <source>&amp;Start</source>
        <translation>&amp;Alusta</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="156"/>
        <source>&amp;Next block</source>
        <translation>&amp;Järgmine plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="158"/>
        <source>&amp;Previous block</source>
        <translation>&amp;Eelmine plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="160"/>
        <source>Jump to the &amp;selected block</source>
        <translation>Mine &amp;valitud plokile</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="162"/>
        <source>+1 minute</source>
        <translation>+1 minut</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="164"/>
        <source>−1 minute</source>
        <translation>−1 minut</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="166"/>
        <source>+5 minutes</source>
        <translation>+5 minutit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="168"/>
        <source>−5 minutes</source>
        <translation>−5 minutit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="170"/>
        <source>&amp;End the day</source>
        <translation>&amp;Lõpeta päev</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="171"/>
        <source>&amp;Reset the timer…</source>
        <translation>&amp;Lähtesta taimer…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="172"/>
        <source>&amp;Mute the chime</source>
        <translation>&amp;Vaigista helisignaal</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="175"/>
        <source>Show the projector &amp;clock</source>
        <translation>Näita &amp;kella projektoril</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="177"/>
        <source>&amp;Add a block</source>
        <translation>&amp;Lisa plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="178"/>
        <source>&amp;Delete the block</source>
        <translation>&amp;Kustuta plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="181"/>
        <source>Move &amp;up</source>
        <translation>Liiguta &amp;üles</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="183"/>
        <source>Move do&amp;wn</source>
        <translation>Liiguta &amp;alla</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="200"/>
        <source>&amp;Timer</source>
        <translation>&amp;Taimer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="202"/>
        <source>&amp;Jump to block</source>
        <translation>&amp;Mine plokile</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="312"/>
        <source>Export as .csv…</source>
        <translation>Ekspordi .csv-failina…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="314"/>
        <source>Export as Word…</source>
        <translation>Ekspordi Wordi failina…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="322"/>
        <source>Blocks</source>
        <translation>Plokid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="323"/>
        <source>Planned and actual</source>
        <translation>Plaan ja tegelikkus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="362"/>
        <source>Previous</source>
        <translation>Eelmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="366"/>
        <source>Next</source>
        <translation>Järgmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="394"/>
        <source>A message for the room, e.g. “Veel 2 minutit”</source>
        <translation>Teade saalile, nt „Veel 2 minutit”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="398"/>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="401"/>
        <source>Clear</source>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="403"/>
        <source>Blackout</source>
        <translation>Must ekraan</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="407"/>
        <source>Projector clock</source>
        <translation>Kell projektoril</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="410"/>
        <source>Projector:</source>
        <translation>Projektor:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="462"/>
        <source>Not started</source>
        <translation>Pole alanud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="462"/>
        <source>Running</source>
        <translation>Käib</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="463"/>
        <source>Paused</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="463"/>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="538"/>
        <source>The day is over</source>
        <translation>Päev on läbi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="481"/>
        <source>Presenting: %1 (%2/%3)</source>
        <translation>Esitab: %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="483"/>
        <source>Presentations in all: %1</source>
        <translation>Esitlusi kokku: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="490"/>
        <source>Time %1</source>
        <translation>Kell %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="496"/>
        <source>Next: %1 %2</source>
        <translation>Järgmisena: %1 %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="500"/>
        <source>planned end %1</source>
        <translation>plaanitud lõpp %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="502"/>
        <source>end %1, %2</source>
        <translation>lõpp %1, %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="504"/>
        <source>on time</source>
        <translation>graafikus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="508"/>
        <source>&amp;Pause</source>
        <translation>&amp;Peata</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="509"/>
        <source>&amp;Resume</source>
        <translation>&amp;Jätka</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="523"/>
        <source>Next: %1</source>
        <translation>Järgmisena: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="533"/>
        <source>Starts at %1: %2</source>
        <translation>Algus kell %1: %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="579"/>
        <source>Running %1 min late for %2. Shorten a later block to catch up:</source>
        <translation>Hilinemine %1 min (kindel aeg %2). Aja tasategemiseks lühenda mõnda hilisemat plokki:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="581"/>
        <source>Running %1 min late for %2. No later block before it can absorb the delay: use −1 minute on this one, or move the anchor.</source>
        <translation>Hilinemine %1 min (kindel aeg %2). Enne seda pole plokki, mis hilinemise ära mahutaks: lühenda käesolevat plokki (−1 minut) või muuda kindlat aega.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="585"/>
        <source>Shorten “%1” by %2 min</source>
        <translation>Lühenda plokki „%1” %2 min</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="601"/>
        <source>Timer</source>
        <translation>Taimer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="602"/>
        <source>The timer could not be saved to the workshop file: %1</source>
        <translation>Taimeri tegevust ei õnnestunud töötoa faili salvestada: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="637"/>
        <source>Reset the timer</source>
        <translation>Taimeri lähtestamine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="638"/>
        <source>Start the day&apos;s timer again from the beginning? The times recorded so far are left out of the planned and actual table.</source>
        <translation>Kas alustada päeva taimeriga uuesti algusest? Seni salvestatud ajad jäävad plaani ja tegelikkuse tabelist välja.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="690"/>
        <source>This block is running. Go to another block (or end the day) before deleting it.</source>
        <translation>See plokk käib praegu. Enne kustutamist mine teisele plokile (või lõpeta päev).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="719"/>
        <source>“%1” runs %2 min past the %3 anchor.</source>
        <translation>„%1” ulatub %2 min üle kindla aja %3.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="739"/>
        <source>running</source>
        <translation>käib</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="740"/>
        <source>not run</source>
        <translation>ei toimunud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="750"/>
        <source>Block</source>
        <translation>Plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="750"/>
        <source>Planned start</source>
        <translation>Plaanitud algus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="750"/>
        <source>Planned end</source>
        <translation>Plaanitud lõpp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="751"/>
        <source>Planned (min)</source>
        <translation>Plaanitud (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="751"/>
        <source>Actual start</source>
        <translation>Tegelik algus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="751"/>
        <source>Actual end</source>
        <translation>Tegelik lõpp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="752"/>
        <source>Actual (min)</source>
        <translation>Tegelik (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="752"/>
        <source>Difference</source>
        <translation>Vahe</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="778"/>
        <source>Export as .csv</source>
        <translation>Ekspordi .csv-failina</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="779"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="782"/>
        <source>Export as Word</source>
        <translation>Ekspordi Wordi failina</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="783"/>
        <source>Word documents (*.docx)</source>
        <translation>Wordi dokumendid (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="790"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="791"/>
        <source>The file could not be written: %1. Choose another folder and try again.</source>
        <translation>Faili ei õnnestunud kirjutada: %1. Vali teine kaust ja proovi uuesti.</translation>
    </message>
</context>
</TS>
