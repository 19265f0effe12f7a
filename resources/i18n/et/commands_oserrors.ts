<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CliFiles</name>
    <message>
        <source>%1: the disk is full; free some space and try again</source>
        <translation>%1: ketas on täis; vabasta ruumi ja proovi uuesti</translation>
    </message>
    <message>
        <source>%1: the disk is read-only; choose a folder you can write to</source>
        <translation>%1: ketas on kirjutuskaitstud; vali kaust, kuhu saad kirjutada</translation>
    </message>
    <message>
        <source>%1: permission denied; choose a file or folder you can write to</source>
        <translation>%1: sul pole selleks õigust; vali fail või kaust, kuhu saad kirjutada</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1: on juba olemas; vali teine nimi</translation>
    </message>
    <message>
        <source>%1: is a file, not a folder; give a folder</source>
        <translation>%1: on fail, mitte kaust; anna kaust</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name</source>
        <translation>%1: on kaust; anna faili nimi</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: sellist faili ega kausta pole</translation>
    </message>
    <message>
        <source>%1: could not be read or written (%2)</source>
        <translation>%1: ei saanud lugeda ega kirjutada (%2)</translation>
    </message>
    <message>
        <source>%1: the file is sound, but the %2 beside it does not belong to it (it is from another workshop or another copy of this one). Move %2 to another folder (keep it) and open the file again</source>
        <translation>%1: fail on terve, kuid selle kõrval olev %2 ei kuulu selle juurde (see on teisest töötoast või selle töötoa teisest koopiast). Tõsta %2 teise kausta (hoia see alles) ja ava fail uuesti</translation>
    </message>
    <message>
        <source>%1: the file is not damaged, but its last changes wait in %2 beside it, which cannot be read on a read-only medium. Copy the file together with %2 to a folder you can write to and open it there</source>
        <translation>%1: fail ei ole kahjustatud, kuid selle viimased muudatused ootavad kõrvalolevas failis %2, mida kirjutuskaitstud andmekandjal lugeda ei saa. Kopeeri fail koos failiga %2 kausta, kuhu saad kirjutada, ja ava see seal</translation>
    </message>
    <message>
        <source>%1: is a file, not a folder; give %2 a folder (it is created when it does not exist)</source>
        <translation>%1: on fail, mitte kaust; anna %2 väärtuseks kaust (kui seda pole, see luuakse)</translation>
    </message>
    <message>
        <source>%1: not written: the disk is full; free some space and try again</source>
        <translation>%1: jäi kirjutamata: ketas on täis; vabasta ruumi ja proovi uuesti</translation>
    </message>
    <message>
        <source>%1: not written: the folder %2 is read-only; write to a folder you can write to</source>
        <translation>%1: jäi kirjutamata: kaust %2 on kirjutuskaitstud; vali kaust, kuhu saad kirjutada</translation>
    </message>
    <message>
        <source>%1: not written: is a folder; give a file name ending in .docx</source>
        <translation>%1: jäi kirjutamata: see on kaust; anna faili nimi, mis lõpeb laiendiga .docx</translation>
    </message>
    <message>
        <source>%1: not written: %2 is not a folder</source>
        <translation>%1: jäi kirjutamata: %2 ei ole kaust</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1: jäi kirjutamata: %2</translation>
    </message>
</context>
</TS>
