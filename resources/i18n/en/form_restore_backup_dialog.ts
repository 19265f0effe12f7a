<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>avtoituba backs up the open workshop every few minutes while it changes and at each block change. Choose a backup to restore it as a new file, or to replace the open workshop with it (a copy of the workshop as it is now is kept first).</source>
        <translation>avtoituba backs up the open workshop every few minutes while it changes and at each block change. Choose a backup to restore it as a new file, or to replace the open workshop with it (a copy of the workshop as it is now is kept first).</translation>
    </message>
    <message>
        <source>Show the &amp;folder</source>
        <translation>Show the &amp;folder</translation>
    </message>
    <message>
        <source>Restore as a &amp;new file…</source>
        <translation>Restore as a &amp;new file…</translation>
    </message>
    <message>
        <source>&amp;Replace the open workshop</source>
        <translation>&amp;Replace the open workshop</translation>
    </message>
</context>
</TS>
