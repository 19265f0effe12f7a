<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Import returned homework</source>
        <translation>Tagastatud kodutööde import</translation>
    </message>
    <message>
        <source>Choose the completed homework packs (.docx) the municipalities sent back, or a folder of them. Check what would change; nothing is written until you press Import.</source>
        <translation>Vali täidetud kodutööpakid (.docx), mille omavalitsused tagasi saatsid, või nende kaust. Kontrolli, mis muutuks; midagi ei salvestata enne, kui vajutad „Impordi“.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lisa &amp;failid…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Lisa &amp;kaust…</translation>
    </message>
    <message>
        <source>Import under the &amp;new name</source>
        <translation>Impordi &amp;uue nimega</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Enne → pärast</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Peata lugemine</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>Choose returned homework</source>
        <translation>Vali tagastatud kodutööd</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Wordi dokumendid (*.docx);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Vali kaust</translation>
    </message>
    <message>
        <source>Reading stopped; the files not read yet were left out. Add them again to read them.</source>
        <translation>Lugemine peatatud; lugemata failid jäeti välja. Lisa need uuesti, et neid lugeda.</translation>
    </message>
    <message>
        <source>The files could not be read; nothing was changed. Check that they are not open elsewhere and try again.</source>
        <translation>Faile ei õnnestunud lugeda; midagi ei muudetud. Kontrolli, et need poleks mujal avatud, ja proovi uuesti.</translation>
    </message>
    <message>
        <source>Reading %1 (%2/%3)</source>
        <translation>Loen faili %1 (%2/%3)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Loetud</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <translation>Loen dokumente…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uus</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muudetud</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>muutmata</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 uut, %2 muudetud, %3 muutmata</translation>
    </message>
    <message>
        <source>Answer %1)</source>
        <translation>Vastus %1)</translation>
    </message>
    <message>
        <source>Homework answer</source>
        <translation>Kodutöö vastus</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>vastus</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>ei loetud</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Ei imporditud</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>Faile pole veel valitud.</translation>
    </message>
    <message>
        <source>These packs change nothing: they were imported already, or the teams changed nothing.</source>
        <translation>Need pakid ei muuda midagi: need on juba imporditud või meeskonnad ei muutnud midagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) to import.</source>
        <translation>
            <numerusform>Importida %n omavalitsus.</numerusform>
            <numerusform>Importida %n omavalitsust.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import returned homework (%1)</source>
        <translation>Tagastatud kodutööde import (%1)</translation>
    </message>
    <message>
        <source>The homework could not be written into the workshop file; nothing was changed. Check that the file is not read-only and try again.</source>
        <translation>Kodutöid ei saanud koolituse faili salvestada; midagi ei muudetud. Kontrolli, et fail pole kirjutuskaitstud, ja proovi uuesti.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import failed; the workshop file was not changed.</source>
        <translation>Impordi tagasivõtmine või uuesti tegemine ebaõnnestus; koolituse faili ei muudetud.</translation>
    </message>
</context>
</TS>
