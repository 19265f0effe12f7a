<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>RestoreBackup</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Restore as a new file</source>
        <translation>Restore as a new file</translation>
    </message>
    <message>
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Workshop files (*%1);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a different name from the open file.</source>
        <translation>Choose a different name from the open file.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>The backup could not be restored.</translation>
    </message>
    <message>
        <source>Replace the open workshop with the backup of %1?

The workshop as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Replace the open workshop with the backup of %1?

The workshop as it is now is kept as a backup first, so this can be undone by restoring that one.</translation>
    </message>
    <message>
        <source>Restored the backup of %1</source>
        <translation>Restored the backup of %1</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Timer events</source>
        <translation>Timer events</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>(damaged: cannot be restored)</source>
        <translation>(damaged: cannot be restored)</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Backups are kept in %1</translation>
    </message>
    <message>
        <source>There are no backups of this workshop yet. The first one is made a few minutes after the first change.</source>
        <translation>There are no backups of this workshop yet. The first one is made a few minutes after the first change.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <source>block change</source>
        <translation>block change</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>on closing</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>damaged file kept</source>
        <translation>damaged file kept</translation>
    </message>
</context>
</TS>
