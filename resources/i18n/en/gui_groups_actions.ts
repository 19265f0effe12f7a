<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsPage</name>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <source>Add a participant by hand</source>
        <translation>Add a participant by hand</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Edit participant…</translation>
    </message>
    <message>
        <source>&amp;Remove participant</source>
        <translation>&amp;Remove participant</translation>
    </message>
    <message>
        <source>Check &amp;in / out</source>
        <translation>Check &amp;in / out</translation>
    </message>
    <message>
        <source>Mark the selected participants present or absent</source>
        <translation>Mark the selected participants present or absent</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <source>Import a registration list (.xlsx or .csv)</source>
        <translation>Import a registration list (.xlsx or .csv)</translation>
    </message>
    <message>
        <source>A&amp;ssign to groups…</source>
        <translation>A&amp;ssign to groups…</translation>
    </message>
    <message>
        <source>Put the participants into the groups</source>
        <translation>Put the participants into the groups</translation>
    </message>
    <message>
        <source>Move to group &amp;1</source>
        <translation>Move to group &amp;1</translation>
    </message>
    <message>
        <source>Move to group &amp;2</source>
        <translation>Move to group &amp;2</translation>
    </message>
    <message>
        <source>Move to group &amp;3</source>
        <translation>Move to group &amp;3</translation>
    </message>
    <message>
        <source>Take &amp;out of the groups</source>
        <translation>Take &amp;out of the groups</translation>
    </message>
    <message>
        <source>&amp;Lock in group</source>
        <translation>&amp;Lock in group</translation>
    </message>
    <message>
        <source>A locked member stays in the group when groups are assigned again</source>
        <translation>A locked member stays in the group when groups are assigned again</translation>
    </message>
    <message>
        <source>Mark as &amp;presenter</source>
        <translation>Mark as &amp;presenter</translation>
    </message>
    <message>
        <source>The presenter (esitaja) of the group</source>
        <translation>The presenter (esitaja) of the group</translation>
    </message>
    <message>
        <source>Show groups on the pro&amp;jector</source>
        <translation>Show groups on the pro&amp;jector</translation>
    </message>
    <message>
        <source>Save group &amp;lists as Word…</source>
        <translation>Save group &amp;lists as Word…</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>move, take out, lock, presenter: listed once, for the menu and the context menu alike act on the selection; their keys (Del, F2) belong to the page while it is shown change the workshop: off in a read-only workshop the buttons above the table, with their short texts</extracomment>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
</context>
</TS>
