<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="17"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="18"/>
        <source>Add a participant by hand</source>
        <translation>Add a participant by hand</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="19"/>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Edit participant…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="21"/>
        <source>&amp;Remove participant</source>
        <translation>&amp;Remove participant</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="23"/>
        <source>Check &amp;in / out</source>
        <translation>Check &amp;in / out</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="24"/>
        <source>Mark the selected participants present or absent</source>
        <translation>Mark the selected participants present or absent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="25"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="27"/>
        <source>Import a registration list (.xlsx or .csv)</source>
        <translation>Import a registration list (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="28"/>
        <source>A&amp;ssign to groups…</source>
        <translation>A&amp;ssign to groups…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="30"/>
        <source>Put the participants into the groups</source>
        <translation>Put the participants into the groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="31"/>
        <source>Move to group &amp;1</source>
        <translation>Move to group &amp;1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="33"/>
        <source>Move to group &amp;2</source>
        <translation>Move to group &amp;2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="35"/>
        <source>Move to group &amp;3</source>
        <translation>Move to group &amp;3</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="37"/>
        <source>Take &amp;out of the groups</source>
        <translation>Take &amp;out of the groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="39"/>
        <source>&amp;Lock in group</source>
        <translation>&amp;Lock in group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="40"/>
        <source>A locked member stays in the group when groups are assigned again</source>
        <translation>A locked member stays in the group when groups are assigned again</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="41"/>
        <source>Mark as &amp;presenter</source>
        <translation>Mark as &amp;presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="43"/>
        <source>The presenter (esitaja) of the group</source>
        <translation>The presenter (esitaja) of the group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="44"/>
        <source>Show groups on the pro&amp;jector</source>
        <translation>Show groups on the pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="46"/>
        <source>Save group &amp;lists as Word…</source>
        <translation>Save group &amp;lists as Word…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="57"/>
        <source>Add…</source>
        <extracomment>move, take out, lock, presenter: listed once, for the menu and the context menu alike act on the selection; their keys (Del, F2) belong to the page while it is shown change the workshop: off in a read-only workshop the buttons above the table, with their short texts</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="57"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="58"/>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="59"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="60"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
</context>
</TS>
