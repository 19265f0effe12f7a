<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Ajakava</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Alusta</translation>
    </message>
    <message>
        <source>&amp;Next block</source>
        <translation>&amp;Järgmine plokk</translation>
    </message>
    <message>
        <source>&amp;Previous block</source>
        <translation>&amp;Eelmine plokk</translation>
    </message>
    <message>
        <source>Jump to the &amp;selected block</source>
        <translation>Mine &amp;valitud plokile</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minut</translation>
    </message>
    <message>
        <source>−1 minute</source>
        <translation>−1 minut</translation>
    </message>
    <message>
        <source>+5 minutes</source>
        <translation>+5 minutit</translation>
    </message>
    <message>
        <source>−5 minutes</source>
        <translation>−5 minutit</translation>
    </message>
    <message>
        <source>&amp;End the day</source>
        <translation>&amp;Lõpeta päev</translation>
    </message>
    <message>
        <source>&amp;Reset the timer…</source>
        <translation>&amp;Lähtesta taimer…</translation>
    </message>
    <message>
        <source>&amp;Mute the chime</source>
        <translation>&amp;Vaigista helisignaal</translation>
    </message>
    <message>
        <source>Show the projector &amp;clock</source>
        <translation>Näita &amp;kella projektoril</translation>
    </message>
    <message>
        <source>&amp;Add a block</source>
        <translation>&amp;Lisa plokk</translation>
    </message>
    <message>
        <source>&amp;Delete the block</source>
        <translation>&amp;Kustuta plokk</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Liiguta &amp;üles</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Liiguta &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Taimer</translation>
    </message>
    <message>
        <source>&amp;Jump to block</source>
        <translation>&amp;Mine plokile</translation>
    </message>
    <message>
        <source>Export as .csv…</source>
        <translation>Ekspordi .csv-failina…</translation>
    </message>
    <message>
        <source>Export as Word…</source>
        <translation>Ekspordi Wordi failina…</translation>
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
        <source>Previous</source>
        <translation>Eelmine</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Järgmine</translation>
    </message>
    <message>
        <source>A message for the room, e.g. “Veel 2 minutit”</source>
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
        <source>Projector:</source>
        <translation>Projektor:</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pole alanud</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Käib</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Peatatud</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>Päev on läbi</translation>
    </message>
    <message>
        <source>Presenting: %1 (%2/%3)</source>
        <translation>Esitab: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>Presentations in all: %1</source>
        <translation>Esitlusi kokku: %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Kell %1</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Järgmisena: %1 %2</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>plaanitud lõpp %1</translation>
    </message>
    <message>
        <source>end %1, %2</source>
        <translation>lõpp %1, %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>graafikus</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Peata</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Jätka</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Järgmisena: %1</translation>
    </message>
    <message>
        <source>Starts at %1: %2</source>
        <translation>Algus kell %1: %2</translation>
    </message>
    <message>
        <source>Running %1 min late for %2. Shorten a later block to catch up:</source>
        <translation>Hilinemine %1 min (kindel algusaeg %2). Hilinemise tasategemiseks lühenda mõnda hilisemat plokki:</translation>
    </message>
    <message>
        <source>Running %1 min late for %2. No later block before it can absorb the delay: use −1 minute on this one, or move the anchor.</source>
        <translation>Hilinemine %1 min (kindel algusaeg %2). Enne seda pole plokki, mida saaks lühendada: lühenda käesolevat plokki (−1 minut) või muuda kindlat algusaega.</translation>
    </message>
    <message>
        <source>Shorten “%1” by %2 min</source>
        <translation>Lühenda plokki „%1“ %2 min</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Taimer</translation>
    </message>
    <message>
        <source>The timer could not be saved to the workshop file: %1</source>
        <translation>Taimeri tegevust ei õnnestunud töötoa faili salvestada: %1</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Taimeri lähtestamine</translation>
    </message>
    <message>
        <source>Start the day&apos;s timer again from the beginning? The times recorded so far are left out of the planned and actual table.</source>
        <translation>Kas alustada päeva taimeriga uuesti algusest? Seni salvestatud ajad jäävad plaani ja tegelikkuse tabelist välja.</translation>
    </message>
    <message>
        <source>This block is running. Go to another block (or end the day) before deleting it.</source>
        <translation>See plokk käib praegu. Enne kustutamist mine teisele plokile (või lõpeta päev).</translation>
    </message>
    <message>
        <source>“%1” runs %2 min past the %3 anchor.</source>
        <translation>„%1“ ulatub %2 min üle kindla algusaja %3.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>käib</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ei toimunud</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Plokk</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Plaanitud algus</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Plaanitud lõpp</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Plaanitud (min)</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tegelik algus</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tegelik lõpp</translation>
    </message>
    <message>
        <source>Actual (min)</source>
        <translation>Tegelik (min)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Vahe</translation>
    </message>
    <message>
        <source>Export as .csv</source>
        <translation>Ekspordi .csv-failina</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>Export as Word</source>
        <translation>Ekspordi Wordi failina</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Wordi dokumendid (*.docx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>The file could not be written: %1. Choose another folder and try again.</source>
        <translation>Faili ei õnnestunud kirjutada: %1. Vali teine kaust ja proovi uuesti.</translation>
    </message>
</context>
</TS>
