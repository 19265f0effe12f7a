<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ActivityWriting</name>
    <message>
        <source>Type the activity&apos;s title first.</source>
        <translation>Kirjuta kõigepealt tegevuse pealkiri.</translation>
    </message>
    <message>
        <source>Not saved: %1 The text is still here; try again.</source>
        <translation>Ei salvestunud: %1 Tekst on alles; proovi uuesti.</translation>
    </message>
    <message>
        <source>Choose the municipality at the top of the ideas first, then click the example again.</source>
        <translation>Vali ideede kohal kõigepealt omavalitsus ja klõpsa siis uuesti näitel.</translation>
    </message>
    <message>
        <source>“%1” is not in the registration list. Did you mean “%2”?</source>
        <translation>„%1“ ei ole registreerimisnimekirjas. Kas mõtlesid „%2“?</translation>
    </message>
    <message>
        <source>An activity needs a municipality; the municipality was kept.</source>
        <translation>Tegevusel peab olema omavalitsus; omavalitsus jäeti alles.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back (Ctrl+Z).</source>
        <translation>„%1“ kustutati. Tagasivõtmine (Ctrl+Z) toob selle tagasi.</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>„%1“ tõsteti teise gruppi (%2).</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>„%1“ ühendati omavalitsusega „%2“.</translation>
    </message>
    <message>
        <source>The workshop file could not be written. Check that the disk has room and the file is still there.</source>
        <translation>Töötoa faili ei õnnestunud kirjutada. Kontrolli, et kettal oleks ruumi ja fail oleks alles.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>The change could not be saved to the workshop file.</source>
        <translation>Muudatust ei õnnestunud töötoa faili salvestada.</translation>
    </message>
</context>
</TS>
