<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupsPage</name>
    <message>
        <source>Participants and groups</source>
        <translation>Osalejad ja grupid</translation>
    </message>
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
        <source>Move to group &amp;%1</source>
        <translation>Tõsta &amp;%1. gruppi</translation>
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
        <source>Filter by name, municipality, role…</source>
        <translation>Otsi nime, omavalitsuse, ameti järgi…</translation>
    </message>
    <message>
        <source>Add…</source>
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
    <message>
        <source>No participants yet. Import the registration list (.xlsx or .csv) with Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins).</source>
        <translation>Osalejaid veel pole. Impordi registreerimisnimekiri (.xlsx või .csv) nupuga Impordi… (Ctrl+Shift+I) või lisa inimesed ükshaaval nupuga Lisa… (Ins).</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Osalejad</translation>
    </message>
    <message>
        <source>%1 participants, %2 present</source>
        <translation>%1 osalejat, kohal %2</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Grupita</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Lisa %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Muuda: %1</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Osaleja muutmine</translation>
    </message>
    <message>
        <source>Remove %1 participants</source>
        <translation>Eemalda %1 osalejat</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Märgi kohalolijaks</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Märgi puudujaks</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Osalejate import</translation>
    </message>
    <message>
        <source>Registration lists (%1);;All files (*)</source>
        <translation>Registreerimisnimekirjad (%1);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>“%1” cannot be imported.</source>
        <translation>Faili „%1“ ei saa importida.</translation>
    </message>
    <message>
        <source>Nothing was imported. A list needs a header row with at least the columns Nimi (Name) and Omavalitsus (Municipality).</source>
        <translation>Midagi ei imporditud. Nimekirjas peab olema päiserida vähemalt veergudega Nimi ja Omavalitsus.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Midagi ei imporditud.</translation>
    </message>
    <message>
        <source>Import %1 participants</source>
        <translation>Impordi %1 osalejat</translation>
    </message>
    <message>
        <source>%1 participants imported.</source>
        <translation>Imporditi %1 osalejat.</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>grupita</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Tõsta %1 → %2</translation>
    </message>
    <message>
        <source>Only a member of a group can be locked.</source>
        <translation>Lukustada saab ainult grupi liiget.</translation>
    </message>
    <message>
        <source>Lock in group</source>
        <translation>Lukusta gruppi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Vabasta lukust</translation>
    </message>
    <message>
        <source>Choose one member of a group as its presenter.</source>
        <translation>Vali grupi esitajaks üks grupi liige.</translation>
    </message>
    <message>
        <source>Mark %1 as presenter</source>
        <translation>Märgi %1 esitajaks</translation>
    </message>
    <message>
        <source>Unmark %1 as presenter</source>
        <translation>Eemalda %1 esitaja märge</translation>
    </message>
    <message>
        <source>Assign to groups</source>
        <translation>Jaota grupid</translation>
    </message>
    <message>
        <source>Save group lists</source>
        <translation>Grupinimekirjade salvestamine</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Wordi dokumendid (*.docx)</translation>
    </message>
    <message>
        <source>The group lists could not be saved.</source>
        <translation>Grupinimekirju ei õnnestunud salvestada.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</source>
        <translation>Kontrolli, et kaust on olemas ja sinna saab kirjutada ning et dokument pole Wordis avatud, ja proovi uuesti.</translation>
    </message>
    <message>
        <source>Group lists saved: %1</source>
        <translation>Grupinimekirjad salvestatud: %1</translation>
    </message>
</context>
</TS>
