<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <source>&amp;Start the seminar</source>
        <translation>&amp;Alusta seminari</translation>
    </message>
    <message>
        <source>&amp;Next municipality</source>
        <translation>&amp;Järgmine omavalitsus</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Eelmine osa</translation>
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
        <source>&amp;End the seminar</source>
        <extracomment>the single keys, enabled only while the page is shown (the agenda uses the same keys)</extracomment>
        <translation>&amp;Lõpeta seminar</translation>
    </message>
    <message>
        <source>Re&amp;open the seminar</source>
        <translation>A&amp;va seminar uuesti</translation>
    </message>
    <message>
        <source>Show on the shared &amp;screen</source>
        <translation>&amp;Näita jagatud ekraanil</translation>
    </message>
    <message>
        <source>Show the countdown in the projector window; share that window in the video call</source>
        <translation>Näita pöördloendust projektori aknas; jaga seda akent videokõnes</translation>
    </message>
    <message>
        <source>Mark &amp;absent</source>
        <translation>Märgi p&amp;uudujaks</translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation>Tõsta &amp;hilisemaks</translation>
    </message>
    <message>
        <source>Mark p&amp;resent</source>
        <translation>Märgi &amp;kohalolijaks</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Tõsta &amp;üles</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Tõsta &amp;alla</translation>
    </message>
    <message>
        <source>Write the &amp;summary…</source>
        <translation>Koos&amp;ta kokkuvõte…</translation>
    </message>
</context>
</TS>
