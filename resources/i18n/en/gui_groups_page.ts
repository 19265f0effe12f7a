<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="90"/>
        <source>Participants and groups</source>
        <translation>Participants and groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="159"/>
        <source>%1, %2 present</source>
        <translation>%1, %2 present</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/page.py" line="160"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="245"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="251"/>
        <source>Undo or redo</source>
        <translation>Undo or redo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="252"/>
        <source>The step could not be undone or redone; nothing was changed.</source>
        <translation>The step could not be undone or redone; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="259"/>
        <source>The workshop file could not be written (%1). Check the disk and try again.</source>
        <translation>The workshop file could not be written (%1). Check the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="261"/>
        <source>The workshop file could not be written. Check that the disk is not full and the file is not read-only, then try again.</source>
        <translation>The workshop file could not be written. Check that the disk is not full and the file is not read-only, then try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="116"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="175"/>
        <source>Not in a group</source>
        <translation>Not in a group</translation>
    </message>
</context>
</TS>
