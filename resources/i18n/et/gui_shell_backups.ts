<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>RestoreBackup</name>
    <message>
        <source>Restore from backup</source>
        <translation>Taasta varukoopiast</translation>
    </message>
    <message>
        <source>Restore as a new file</source>
        <translation>Taasta uue failina</translation>
    </message>
    <message>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Töötoa failid (*%1);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Choose a different name from the open file.</source>
        <translation>Vali avatud failist erinev nimi.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>Varukoopiat ei õnnestunud taastada.</translation>
    </message>
    <message>
        <source>Replace the open workshop with the backup of %1?

The workshop as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Kas asendada avatud töötuba varukoopiaga, mis tehti %1?

Töötoa praegune seis salvestatakse enne varukoopiana, nii et selle taastamisega saab muudatuse tagasi võtta.</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Taastatud varukoopia, mis tehti %1</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Taken</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevusi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejaid</translation>
    </message>
    <message>
        <source>Timer events</source>
        <translation>Taimeri sündmusi</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Töötuba</translation>
    </message>
    <message>
        <source>(damaged: cannot be restored)</source>
        <translation>(kahjustatud: ei saa taastada)</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Varukoopiad asuvad kaustas %1</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet. The first one is made a few minutes after the first change.</source>
        <translation>Sellest töötoast pole veel varukoopiaid. Esimene tehakse paar minutit pärast esimest muudatust.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaatne</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>käsitsi</translation>
    </message>
    <message>
        <source>block change</source>
        <translation>ploki vahetus</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>sulgemisel</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>enne taastamist</translation>
    </message>
    <message>
        <source>damaged file kept</source>
        <translation>kahjustatud fail säilitatud</translation>
    </message>
</context>
</TS>
