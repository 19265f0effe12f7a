<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Taasta varukoopiast</translation>
    </message>
    <message>
        <source>avtoituba backs up the open workshop every few minutes while it changes and at each block change. Choose a backup to restore it as a new file, or to replace the open workshop with it (a copy of the workshop as it is now is kept first).</source>
        <translation>avtoituba teeb avatud töötoast varukoopia iga paari minuti järel, kui midagi on muutunud, ja iga ploki vahetusel. Vali varukoopia ja taasta see uue failina või asenda sellega avatud töötuba (töötoa praegune seis salvestatakse enne eraldi koopiana).</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Näita &amp;kausta</translation>
    </message>
    <message>
        <source>Restore as a &amp;new file…</source>
        <translation>Taasta &amp;uue failina…</translation>
    </message>
    <message>
        <source>&amp;Replace the open workshop</source>
        <translation>&amp;Asenda avatud töötuba</translation>
    </message>
</context>
</TS>
