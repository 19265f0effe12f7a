<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About avtoituba</source>
        <translation>Teave: avtoituba</translation>
    </message>
    <message>
        <source>avtoituba</source>
        <translation>avtoituba</translation>
    </message>
    <message>
        <source>Runs an open government workshop day without the internet: the agenda timer on the projector, the three themed groups, live capture of each group&apos;s activities and a homework pack in Word for every municipality.</source>
        <translation>Avatud valitsemise töötoa päeva läbiviimine ilma internetita: ajakava taimer projektoril, kolm teemagruppi, gruppide tegevuste kirjapanek reaalajas ja iga omavalitsuse kodutööpakett Wordis.</translation>
    </message>
</context>
</TS>
