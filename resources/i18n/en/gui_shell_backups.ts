<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>RestoreBackup</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="283"/>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="327"/>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="308"/>
        <source>Restore as a new file</source>
        <translation>Restore as a new file</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="309"/>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Workshop files (*%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="314"/>
        <source>Choose a different name from the open file.</source>
        <translation>Choose a different name from the open file.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="321"/>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="348"/>
        <source>The backup could not be restored.</source>
        <translation>The backup could not be restored.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="328"/>
        <source>Replace the open workshop with the backup of %1?

The workshop as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Replace the open workshop with the backup of %1?

The workshop as it is now is kept as a backup first, so this can be undone by restoring that one.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="350"/>
        <source>Restored the backup of %1</source>
        <translation>Restored the backup of %1</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="205"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="205"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="205"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="206"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="206"/>
        <source>Timer events</source>
        <translation>Timer events</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="206"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="214"/>
        <source>(damaged: cannot be restored)</source>
        <translation>(damaged: cannot be restored)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="225"/>
        <source>Backups are kept in %1</source>
        <translation>Backups are kept in %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="228"/>
        <source>There are no backups of this workshop yet. The first one is made a few minutes after the first change.</source>
        <translation>There are no backups of this workshop yet. The first one is made a few minutes after the first change.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="249"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="250"/>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="251"/>
        <source>block change</source>
        <translation>block change</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="252"/>
        <source>on closing</source>
        <translation>on closing</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="253"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/backups.py" line="254"/>
        <source>damaged file kept</source>
        <translation>damaged file kept</translation>
    </message>
</context>
</TS>
