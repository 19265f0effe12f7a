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
        <source>&amp;Timer</source>
        <translation>&amp;Taimer</translation>
    </message>
    <message>
        <source>&amp;Jump to block</source>
        <translation>&amp;Mine plokile</translation>
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
        <source>Starts at %1: %2</source>
        <translation>Algus kell %1: %2</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Taimer</translation>
    </message>
    <message>
        <source>The timer could not be saved to the workshop file, so it did not change. Check that the file is still there and writable, then try again.</source>
        <translation>Taimeri tegevust ei õnnestunud töötoa faili salvestada, seega taimer ei muutunud. Kontrolli, et fail on alles ja sinna saab kirjutada, ning proovi uuesti.</translation>
    </message>
    <message>
        <source>Start the day</source>
        <translation>Päeva algus</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Taimeri peatamine</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Taimeri jätkamine</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Järgmine plokk</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Eelmine plokk</translation>
    </message>
    <message>
        <source>Next presenter</source>
        <translation>Järgmine esitaja</translation>
    </message>
    <message>
        <source>Previous presenter</source>
        <translation>Eelmine esitaja</translation>
    </message>
    <message>
        <source>Jump to a block</source>
        <translation>Plokile minek</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) more</source>
        <translation>
            <numerusform>%n minut juurde</numerusform>
            <numerusform>%n minutit juurde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) less</source>
        <translation>
            <numerusform>%n minut vähem</numerusform>
            <numerusform>%n minutit vähem</numerusform>
        </translation>
    </message>
    <message>
        <source>End the day</source>
        <translation>Päeva lõpetamine</translation>
    </message>
    <message>
        <source>End the day now? The timer stops and the record of the day is kept. Timer › Reopen the day goes on from the last block.</source>
        <translation>Kas lõpetada päev kohe? Taimer peatub ja päeva ajad jäävad alles. Taimer › Ava päev uuesti jätkab viimasest plokist.</translation>
    </message>
    <message>
        <source>End the day</source>
        <comment>button</comment>
        <translation>Lõpeta päev</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>Päeva uuesti avamine</translation>
    </message>
    <message>
        <source>Open the ended day again? It goes back to its last block, paused; press Space to go on.</source>
        <translation>Kas avada lõpetatud päev uuesti? Taimer läheb tagasi viimasele plokile ja jääb peatatuks; jätkamiseks vajuta tühikut.</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <comment>button</comment>
        <translation>Ava päev uuesti</translation>
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
        <source>Reset the timer</source>
        <comment>button</comment>
        <translation>Lähtesta taimer</translation>
    </message>
    <message>
        <source>Catch up with the day</source>
        <translation>Hilinemise tasategemine</translation>
    </message>
    <message>
        <source>This block is running. Go to another block (or end the day) before deleting it.</source>
        <translation>See plokk käib praegu. Enne kustutamist mine teisele plokile (või lõpeta päev).</translation>
    </message>
    <message>
        <source>“%1” runs %2 min past the fixed start %3.</source>
        <translation>„%1“ ulatub %2 min üle kindla algusaja %3.</translation>
    </message>
</context>
</TS>
