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
        <source>Move to group &amp;%1</source>
        <translation>Move to group &amp;%1</translation>
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
        <source>Filter by name, municipality, role…</source>
        <translation>Filter by name, municipality, role…</translation>
    </message>
    <message>
        <source>Add…</source>
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
    <message>
        <source>No participants yet. Import the registration list (.xlsx or .csv) with Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins).</source>
        <translation>No participants yet. Import the registration list (.xlsx or .csv) with Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins).</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>%1 participants, %2 present</source>
        <translation>%1 participants, %2 present</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Not in a group</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Remove %1 participants</source>
        <translation>Remove %1 participants</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Registration lists (%1);;All files (*)</source>
        <translation>Registration lists (%1);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be imported.</source>
        <translation>“%1” cannot be imported.</translation>
    </message>
    <message>
        <source>Nothing was imported. A list needs a header row with at least the columns Nimi (Name) and Omavalitsus (Municipality).</source>
        <translation>Nothing was imported. A list needs a header row with at least the columns Nimi (Name) and Omavalitsus (Municipality).</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Import %1 participants</source>
        <translation>Import %1 participants</translation>
    </message>
    <message>
        <source>%1 participants imported.</source>
        <translation>%1 participants imported.</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>no group</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>Only a member of a group can be locked.</source>
        <translation>Only a member of a group can be locked.</translation>
    </message>
    <message>
        <source>Lock in group</source>
        <translation>Lock in group</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Choose one member of a group as its presenter.</source>
        <translation>Choose one member of a group as its presenter.</translation>
    </message>
    <message>
        <source>Mark %1 as presenter</source>
        <translation>Mark %1 as presenter</translation>
    </message>
    <message>
        <source>Unmark %1 as presenter</source>
        <translation>Unmark %1 as presenter</translation>
    </message>
    <message>
        <source>Assign to groups</source>
        <translation>Assign to groups</translation>
    </message>
    <message>
        <source>Save group lists</source>
        <translation>Save group lists</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>The group lists could not be saved.</source>
        <translation>The group lists could not be saved.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</source>
        <translation>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</translation>
    </message>
    <message>
        <source>Group lists saved: %1</source>
        <translation>Group lists saved: %1</translation>
    </message>
</context>
</TS>
