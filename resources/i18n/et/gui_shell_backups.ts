<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="283"/>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="327"/>
        <source>Restore from backup</source>
        <translation>Taasta varukoopiast</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="308"/>
        <source>Restore as a new file</source>
        <translation>Taasta uue failina</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="309"/>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Töötoa failid (*%1);;Kõik failid (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="314"/>
        <source>Choose a different name from the open file.</source>
        <translation>Vali avatud failist erinev nimi.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="321"/>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="348"/>
        <source>The backup could not be restored.</source>
        <translation>Varukoopiat ei õnnestunud taastada.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="328"/>
        <source>Replace the open workshop with the backup of %1?

The workshop as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Kas asendada avatud töötuba varukoopiaga, mis tehti %1?

Töötoa praegune seis salvestatakse enne varukoopiana, nii et selle taastamisega saab muudatuse tagasi võtta.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="350"/>
        <source>Restored the backup of %1</source>
        <translation>Taastatud varukoopia, mis tehti %1</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="205"/>
        <source>Taken</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="205"/>
        <source>Why</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="205"/>
        <source>Activities</source>
        <translation>Tegevusi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="206"/>
        <source>Participants</source>
        <translation>Osalejaid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="206"/>
        <source>Timer events</source>
        <translation>Taimeri sündmusi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="206"/>
        <source>Workshop</source>
        <translation>Töötuba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="214"/>
        <source>(damaged: cannot be restored)</source>
        <translation>(kahjustatud: ei saa taastada)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="225"/>
        <source>Backups are kept in %1</source>
        <translation>Varukoopiad asuvad kaustas %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="228"/>
        <source>There are no backups of this workshop yet. The first one is made a few minutes after the first change.</source>
        <translation>Sellest töötoast pole veel varukoopiaid. Esimene tehakse paar minutit pärast esimest muudatust.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="249"/>
        <source>automatic</source>
        <translation>automaatne</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="250"/>
        <source>on request</source>
        <translation>käsitsi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="251"/>
        <source>block change</source>
        <translation>ploki vahetus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="252"/>
        <source>on closing</source>
        <translation>sulgemisel</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="253"/>
        <source>before a restore</source>
        <translation>enne taastamist</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="254"/>
        <source>damaged file kept</source>
        <translation>kahjustatud fail säilitatud</translation>
    </message>
</context>
</TS>
