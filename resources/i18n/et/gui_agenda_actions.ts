<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AgendaPage</name>
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
        <source>Next p&amp;resenter</source>
        <translation>Järgmine &amp;esitaja</translation>
    </message>
    <message>
        <source>Previous presen&amp;ter</source>
        <translation>Eelmine e&amp;sitaja</translation>
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
        <source>Jump to the &amp;selected block</source>
        <extracomment>single keys: on only while the page is shown</extracomment>
        <translation>Mine &amp;valitud plokile</translation>
    </message>
    <message>
        <source>&amp;End the day…</source>
        <translation>&amp;Lõpeta päev…</translation>
    </message>
    <message>
        <source>Re&amp;open the day…</source>
        <translation>&amp;Ava päev uuesti…</translation>
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
        <source>May &amp;give time when late</source>
        <translation>&amp;Võib hilinemisel lüheneda</translation>
    </message>
    <message>
        <source>The late-day plans take time from this block first.</source>
        <translation>Hilinemise korral võtavad plaanid aega kõigepealt sellelt plokilt.</translation>
    </message>
</context>
</TS>
