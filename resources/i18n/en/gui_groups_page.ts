<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsPage</name>
    <message>
        <source>Participants and groups</source>
        <translation>Participants and groups</translation>
    </message>
    <message>
        <source>%1, %2 present</source>
        <translation>%1, %2 present</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Undo or redo</source>
        <translation>Undo or redo</translation>
    </message>
    <message>
        <source>The step could not be undone or redone; nothing was changed.</source>
        <translation>The step could not be undone or redone; nothing was changed.</translation>
    </message>
    <message>
        <source>The workshop file could not be written (%1). Check the disk and try again.</source>
        <translation>The workshop file could not be written (%1). Check the disk and try again.</translation>
    </message>
    <message>
        <source>The workshop file could not be written. Check that the disk is not full and the file is not read-only, then try again.</source>
        <translation>The workshop file could not be written. Check that the disk is not full and the file is not read-only, then try again.</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Not in a group</translation>
    </message>
</context>
</TS>
