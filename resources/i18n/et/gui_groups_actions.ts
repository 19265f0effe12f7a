<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="17"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Lisa osaleja…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="18"/>
        <source>Add a participant by hand</source>
        <translation>Lisa osaleja käsitsi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="19"/>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Muuda osalejat…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="21"/>
        <source>&amp;Remove participant</source>
        <translation>&amp;Eemalda osaleja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="23"/>
        <source>Check &amp;in / out</source>
        <translation>Märgi &amp;kohal / puudu</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="24"/>
        <source>Mark the selected participants present or absent</source>
        <translation>Märgi valitud osalejad kohalolijaks või puudujaks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="25"/>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Impordi failist…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="27"/>
        <source>Import a registration list (.xlsx or .csv)</source>
        <translation>Impordi registreerimisnimekiri (.xlsx või .csv)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="28"/>
        <source>A&amp;ssign to groups…</source>
        <translation>&amp;Jaota gruppidesse…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="30"/>
        <source>Put the participants into the groups</source>
        <translation>Jaota osalejad gruppidesse</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="31"/>
        <source>Move to group &amp;1</source>
        <translation>Tõsta &amp;1. gruppi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="33"/>
        <source>Move to group &amp;2</source>
        <translation>Tõsta &amp;2. gruppi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="35"/>
        <source>Move to group &amp;3</source>
        <translation>Tõsta &amp;3. gruppi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="37"/>
        <source>Take &amp;out of the groups</source>
        <translation>&amp;Võta gruppidest välja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="39"/>
        <source>&amp;Lock in group</source>
        <translation>&amp;Lukusta gruppi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="40"/>
        <source>A locked member stays in the group when groups are assigned again</source>
        <translation>Lukustatud liige jääb gruppi ka uue jaotuse korral</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="41"/>
        <source>Mark as &amp;presenter</source>
        <translation>Märgi &amp;esitajaks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="43"/>
        <source>The presenter (esitaja) of the group</source>
        <translation>Grupi tulemuste esitaja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="44"/>
        <source>Show groups on the pro&amp;jector</source>
        <translation>Näita gruppe &amp;projektoril</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="46"/>
        <source>Save group &amp;lists as Word…</source>
        <translation>Salvesta grupi&amp;nimekirjad Wordi…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="57"/>
        <source>Add…</source>
        <extracomment>move, take out, lock, presenter: listed once, for the menu and the context menu alike act on the selection; their keys (Del, F2) belong to the page while it is shown change the workshop: off in a read-only workshop the buttons above the table, with their short texts</extracomment>
        <translation>Lisa…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="57"/>
        <source>Import…</source>
        <translation>Impordi…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="58"/>
        <source>Assign…</source>
        <translation>Jaota…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="59"/>
        <source>Projector</source>
        <translation>Projektor</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/actions.py" line="60"/>
        <source>Word…</source>
        <translation>Word…</translation>
    </message>
</context>
</TS>
