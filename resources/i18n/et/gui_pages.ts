<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Pages</name>
    <message>
        <location filename="../../../avtoituba/gui/pages.py" line="21"/>
        <source>Participants and groups</source>
        <translation>Osalejad ja grupid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/pages.py" line="22"/>
        <source>The participant list with check-in, and the three themed groups: assignment that spreads each municipality over the themes, manual moves, and a presenter per group.</source>
        <translation>Osalejate nimekiri kohaloleku märkimisega ja kolm teemagruppi: jaotus, mis paigutab iga omavalitsuse inimesed eri teemadele, käsitsi tõstmine ja iga grupi esitaja.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/pages.py" line="29"/>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/pages.py" line="30"/>
        <source>Each group&apos;s proposed activities, typed live per municipality and area of open government, saved the moment they are typed.</source>
        <translation>Iga grupi pakutud tegevused, kirja pandud reaalajas omavalitsuse ja avatud valitsemise valdkonna kaupa ning salvestatud kohe.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/pages.py" line="36"/>
        <source>Homework pack</source>
        <translation>Kodutööpakett</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/pages.py" line="37"/>
        <source>A Word document for each municipality with its activities, the homework and the follow-up seminar, and a combined document for the trainer.</source>
        <translation>Iga omavalitsuse Wordi dokument tema tegevuste, kodutöö ja jätkuseminariga ning koolitajale koonddokument.</translation>
    </message>
</context>
</TS>
