<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupsPage</name>
    <message>
        <source>&amp;Add participant…</source>
        <translation>&amp;Lisa osaleja…</translation>
    </message>
    <message>
        <source>Add a participant by hand</source>
        <translation>Lisa osaleja käsitsi</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Muuda osalejat…</translation>
    </message>
    <message>
        <source>&amp;Remove participant</source>
        <translation>&amp;Eemalda osaleja</translation>
    </message>
    <message>
        <source>Check &amp;in / out</source>
        <translation>Märgi &amp;kohal / puudu</translation>
    </message>
    <message>
        <source>Mark the selected participants present or absent</source>
        <translation>Märgi valitud osalejad kohalolijaks või puudujaks</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Impordi failist…</translation>
    </message>
    <message>
        <source>Import a registration list (.xlsx or .csv)</source>
        <translation>Impordi registreerimisnimekiri (.xlsx või .csv)</translation>
    </message>
    <message>
        <source>A&amp;ssign to groups…</source>
        <translation>&amp;Jaota grupid…</translation>
    </message>
    <message>
        <source>Put the participants into the groups</source>
        <translation>Jaota osalejad gruppidesse</translation>
    </message>
    <message>
        <source>Move to group &amp;1</source>
        <translation>Tõsta &amp;1. gruppi</translation>
    </message>
    <message>
        <source>Move to group &amp;2</source>
        <translation>Tõsta &amp;2. gruppi</translation>
    </message>
    <message>
        <source>Move to group &amp;3</source>
        <translation>Tõsta &amp;3. gruppi</translation>
    </message>
    <message>
        <source>Take &amp;out of the groups</source>
        <translation>&amp;Võta gruppidest välja</translation>
    </message>
    <message>
        <source>&amp;Lock in group</source>
        <translation>&amp;Lukusta gruppi</translation>
    </message>
    <message>
        <source>A locked member stays in the group when groups are assigned again</source>
        <translation>Lukustatud liige jääb gruppi ka uue jaotuse korral</translation>
    </message>
    <message>
        <source>Mark as &amp;presenter</source>
        <translation>Märgi &amp;esitajaks</translation>
    </message>
    <message>
        <source>The presenter (esitaja) of the group</source>
        <translation>Grupi tulemuste esitaja</translation>
    </message>
    <message>
        <source>Show groups on the pro&amp;jector</source>
        <translation>Näita gruppe &amp;projektoril</translation>
    </message>
    <message>
        <source>Save group &amp;lists as Word…</source>
        <translation>Salvesta grupi&amp;nimekirjad Wordi…</translation>
    </message>
    <message>
        <source>Add…</source>
        <extracomment>move, take out, lock, presenter: listed once, for the menu and the context menu alike act on the selection; their keys (Del, F2) belong to the page while it is shown change the workshop: off in a read-only workshop the buttons above the table, with their short texts</extracomment>
        <translation>Lisa…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impordi…</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Jaota…</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
</context>
</TS>
