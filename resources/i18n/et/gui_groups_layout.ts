<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupsPage</name>
    <message>
        <source>Participants and groups</source>
        <extracomment>rows of the participant table that stay visible at the smallest laptop size</extracomment>
        <translation>Osalejad ja grupid</translation>
    </message>
    <message>
        <source>Filter by name, municipality, role…</source>
        <translation>Otsi nime, omavalitsuse, ameti järgi…</translation>
    </message>
    <message>
        <source>No participants yet. Import the registration list (.xlsx or .csv) with Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins).</source>
        <translation>Osalejaid veel pole. Impordi registreerimisnimekiri (.xlsx või .csv) nupuga Impordi… (Ctrl+Shift+I) või lisa inimesed ükshaaval nupuga Lisa… (Ins).</translation>
    </message>
</context>
</TS>
