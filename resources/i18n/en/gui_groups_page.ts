<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="97"/>
        <location filename="../../../avtoituba/gui/groups/page.py" line="151"/>
        <source>Participants and groups</source>
        <translation>Participants and groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="112"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Add participant…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="113"/>
        <source>Add a participant by hand</source>
        <translation>Add a participant by hand</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="114"/>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Edit participant…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="116"/>
        <source>&amp;Remove participant</source>
        <translation>&amp;Remove participant</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="118"/>
        <source>Check &amp;in / out</source>
        <translation>Check &amp;in / out</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="119"/>
        <source>Mark the selected participants present or absent</source>
        <translation>Mark the selected participants present or absent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="121"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Import from a file…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="123"/>
        <source>Import a registration list (.xlsx or .csv)</source>
        <translation>Import a registration list (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="124"/>
        <source>A&amp;ssign to groups…</source>
        <translation>A&amp;ssign to groups…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="125"/>
        <source>Put the participants into the groups</source>
        <translation>Put the participants into the groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="130"/>
        <source>Move to group &amp;%1</source>
        <translation>Move to group &amp;%1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="132"/>
        <source>Take &amp;out of the groups</source>
        <translation>Take &amp;out of the groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="134"/>
        <source>&amp;Lock in group</source>
        <translation>&amp;Lock in group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="135"/>
        <source>A locked member stays in the group when groups are assigned again</source>
        <translation>A locked member stays in the group when groups are assigned again</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="137"/>
        <source>Mark as &amp;presenter</source>
        <translation>Mark as &amp;presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="139"/>
        <source>The presenter (esitaja) of the group</source>
        <translation>The presenter (esitaja) of the group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="140"/>
        <source>Show groups on the pro&amp;jector</source>
        <translation>Show groups on the pro&amp;jector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="142"/>
        <source>Save group &amp;lists as Word…</source>
        <translation>Save group &amp;lists as Word…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="165"/>
        <source>Filter by name, municipality, role…</source>
        <translation>Filter by name, municipality, role…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="173"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="174"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="175"/>
        <source>Assign…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="176"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="177"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="217"/>
        <source>No participants yet. Import the registration list (.xlsx or .csv) with Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins).</source>
        <translation>No participants yet. Import the registration list (.xlsx or .csv) with Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="275"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="322"/>
        <source>%1 participants, %2 present</source>
        <translation>%1 participants, %2 present</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="338"/>
        <source>Not in a group</source>
        <translation>Not in a group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="408"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="426"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="433"/>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="444"/>
        <source>Remove %1 participants</source>
        <translation>Remove %1 participants</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="445"/>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="451"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="451"/>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="476"/>
        <location filename="../../../avtoituba/gui/groups/page.py" line="485"/>
        <location filename="../../../avtoituba/gui/groups/page.py" line="504"/>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="477"/>
        <source>Registration lists (%1);;All files (*)</source>
        <translation>Registration lists (%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="486"/>
        <source>“%1” cannot be imported.</source>
        <translation>“%1” cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="488"/>
        <source>Nothing was imported. A list needs a header row with at least the columns Nimi (Name) and Omavalitsus (Municipality).</source>
        <translation>Nothing was imported. A list needs a header row with at least the columns Nimi (Name) and Omavalitsus (Municipality).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="505"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="510"/>
        <source>Import %1 participants</source>
        <translation>Import %1 participants</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="512"/>
        <source>%1 participants imported.</source>
        <translation>%1 participants imported.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="531"/>
        <source>no group</source>
        <translation>no group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="532"/>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="558"/>
        <source>Only a member of a group can be locked.</source>
        <translation>Only a member of a group can be locked.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="564"/>
        <source>Lock in group</source>
        <translation>Lock in group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="564"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="577"/>
        <source>Choose one member of a group as its presenter.</source>
        <translation>Choose one member of a group as its presenter.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="582"/>
        <source>Mark %1 as presenter</source>
        <translation>Mark %1 as presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="583"/>
        <source>Unmark %1 as presenter</source>
        <translation>Unmark %1 as presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="604"/>
        <source>Assign to groups</source>
        <translation>Assign to groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="641"/>
        <location filename="../../../avtoituba/gui/groups/page.py" line="650"/>
        <source>Save group lists</source>
        <translation>Save group lists</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="642"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="651"/>
        <source>The group lists could not be saved.</source>
        <translation>The group lists could not be saved.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="652"/>
        <source>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</source>
        <translation>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/page.py" line="656"/>
        <source>Group lists saved: %1</source>
        <translation>Group lists saved: %1</translation>
    </message>
</context>
</TS>
