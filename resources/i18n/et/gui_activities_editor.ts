<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Select an activity in a group&apos;s list to edit it here. Every change is saved as you make it.</source>
        <translation>Vali grupi loendist tegevus, et seda siin muuta. Iga muudatus salvestatakse kohe.</translation>
    </message>
    <message>
        <source>What exactly will be done, and how</source>
        <translation>Mida täpselt ja kuidas tehakse</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <source>Municipal leaders</source>
        <translation>Omavalitsuse juhid</translation>
    </message>
    <message>
        <source>Key people of the theme</source>
        <translation>Teema võtmeisikud</translation>
    </message>
    <message>
        <source>Partners from outside the house</source>
        <translation>Majavälised partnerid</translation>
    </message>
    <message>
        <source>Who exactly (names, organisations)</source>
        <translation>Kes täpsemalt (nimed, organisatsioonid)</translation>
    </message>
    <message>
        <source>Who to involve</source>
        <translation>Keda kaasata</translation>
    </message>
    <message>
        <source>Person or unit</source>
        <translation>Isik või üksus</translation>
    </message>
    <message>
        <source>e.g. spring 2027</source>
        <translation>nt kevad 2027</translation>
    </message>
    <message>
        <source>Uses a digital solution</source>
        <translation>Kasutab digilahendust</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Pealkiri</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Omavalitsus</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Valdkond</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Kirjeldus</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>Vas&amp;tutaja</translation>
    </message>
    <message>
        <source>D&amp;eadline</source>
        <translation>Tä&amp;htaeg</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Märkmed</translation>
    </message>
    <message>
        <source>— no area —</source>
        <translation>— valdkond määramata —</translation>
    </message>
    <message>
        <source>An activity needs a title; the title was kept.</source>
        <translation>Tegevusel peab olema pealkiri; senine pealkiri jäi alles.</translation>
    </message>
    <message>
        <source>A milestone ends before it starts; correct its dates to save the commitment.</source>
        <translation>Vahe-eesmärk lõpeb enne, kui see algab; paranda kuupäevad, et kohustus salvestuks.</translation>
    </message>
    <message>
        <source>“%1” is not in the registration list. Did you mean “%2”?</source>
        <translation>„%1“ ei ole registreerimisnimekirjas. Kas mõtlesid „%2“?</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Lisa uuena</translation>
    </message>
    <message>
        <source>Add “%1” as a new municipality</source>
        <translation>Lisa „%1“ uue omavalitsusena</translation>
    </message>
    <message>
        <source>Saved to the workshop file at %1</source>
        <translation>Salvestatud töötoa faili kell %1</translation>
    </message>
</context>
</TS>
