<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign participants to groups</source>
        <translation>Osalejate jaotamine gruppidesse</translation>
    </message>
    <message>
        <source>&amp;Spread each municipality over the groups (recommended)</source>
        <translation>&amp;Jaota iga omavalitsuse inimesed gruppide vahel (soovitatav)</translation>
    </message>
    <message>
        <source>Every municipality takes part in every theme as far as its size allows; group sizes differ by at most one; roles are mixed.</source>
        <translation>Iga omavalitsus osaleb igas teemas, nii palju kui tema osalejate arv lubab; grupid erinevad suuruselt kõige rohkem ühe inimese võrra; ametid segunevad.</translation>
    </message>
    <message>
        <source>Keep each municipality &amp;together in one group</source>
        <translation>Iga omavalitsus &amp;koos ühes grupis</translation>
    </message>
    <message>
        <source>&amp;Random</source>
        <translation>&amp;Juhuslik</translation>
    </message>
    <message>
        <source>Arrangement &amp;number:</source>
        <translation>Jaotuse &amp;number:</translation>
    </message>
    <message>
        <source>The same number gives the same groups again; another number, another arrangement.</source>
        <translation>Sama number annab uuesti samad grupid, teine number teistsuguse jaotuse.</translation>
    </message>
    <message>
        <source>Try a&amp;nother arrangement</source>
        <translation>Proovi &amp;teist jaotust</translation>
    </message>
    <message>
        <source>Only participants checked in as &amp;present</source>
        <translation>Ainult &amp;kohal olevad osalejad</translation>
    </message>
    <message>
        <source>&amp;Presenters stay in their groups</source>
        <translation>&amp;Esitajad jäävad oma gruppi</translation>
    </message>
    <message>
        <source>Locked members stay in their group; everyone else may move.</source>
        <translation>Lukustatud liikmed jäävad oma gruppi, teisi võidakse ümber tõsta.</translation>
    </message>
</context>
</TS>
