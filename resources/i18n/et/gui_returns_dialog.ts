<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ReturnsDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="61"/>
        <source>Import returned homework</source>
        <translation>Tagastatud kodutööde import</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="64"/>
        <source>Choose the completed homework packs (.docx) the municipalities sent back, or a folder of them. Check what would change; nothing is written until you press Import.</source>
        <translation>Vali täidetud kodutööpakid (.docx), mille omavalitsused tagasi saatsid, või nende kaust. Kontrolli, mis muutuks; midagi ei salvestata enne, kui vajutad „Impordi“.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="70"/>
        <source>Add &amp;files…</source>
        <translation>Lisa &amp;failid…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="71"/>
        <source>Add a f&amp;older…</source>
        <translation>Lisa &amp;kaust…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="72"/>
        <source>Import under the &amp;new name</source>
        <translation>Impordi &amp;uue nimega</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="83"/>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="83"/>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="84"/>
        <source>Before → after</source>
        <translation>Enne → pärast</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="94"/>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="105"/>
        <source>Choose returned homework</source>
        <translation>Vali tagastatud kodutööd</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="106"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Wordi dokumendid (*.docx);;Kõik failid (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="111"/>
        <source>Choose a folder</source>
        <translation>Vali kaust</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="131"/>
        <source>new</source>
        <translation>uus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="131"/>
        <source>changed</source>
        <translation>muudetud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="132"/>
        <source>unchanged</source>
        <translation>muutmata</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="136"/>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 uut, %2 muudetud, %3 muutmata</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="158"/>
        <source>Answer %1)</source>
        <translation>Vastus %1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="159"/>
        <source>Homework answer</source>
        <translation>Kodutöö vastus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="160"/>
        <source>answer</source>
        <translation>vastus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="162"/>
        <source>not read</source>
        <translation>ei loetud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="167"/>
        <source>Not imported</source>
        <translation>Ei imporditud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="178"/>
        <source>No files chosen yet.</source>
        <translation>Faile pole veel valitud.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="180"/>
        <source>These packs change nothing: they were imported already, or the teams changed nothing.</source>
        <translation>Need pakid ei muuda midagi: need on juba imporditud või meeskonnad ei muutnud midagi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="183"/>
        <source>%n municipality(ies) to import.</source>
        <translation>
            <numerusform>Importida %n omavalitsus.</numerusform>
            <numerusform>Importida %n omavalitsust.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="193"/>
        <source>Import returned homework (%1)</source>
        <translation>Tagastatud kodutööde import (%1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="198"/>
        <source>The homework could not be written into the workshop file; nothing was changed. Check that the file is not read-only and try again.</source>
        <translation>Kodutöid ei saanud koolituse faili salvestada; midagi ei muudetud. Kontrolli, et fail pole kirjutuskaitstud, ja proovi uuesti.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="205"/>
        <source>Undoing or redoing the import failed; the workshop file was not changed.</source>
        <translation>Impordi tagasivõtmine või uuesti tegemine ebaõnnestus; koolituse faili ei muudetud.</translation>
    </message>
</context>
</TS>
