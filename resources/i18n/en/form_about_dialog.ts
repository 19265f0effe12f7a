<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About avtoituba</source>
        <translation>About avtoituba</translation>
    </message>
    <message>
        <source>avtoituba</source>
        <translation>avtoituba</translation>
    </message>
    <message>
        <source>Runs an open government workshop day without the internet: the agenda timer on the projector, the three themed groups, live capture of each group&apos;s activities and a homework pack in Word for every municipality.</source>
        <translation>Runs an open government workshop day without the internet: the agenda timer on the projector, the three themed groups, live capture of each group&apos;s activities and a homework pack in Word for every municipality.</translation>
    </message>
</context>
</TS>
