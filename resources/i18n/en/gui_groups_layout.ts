<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsPage</name>
    <message>
        <source>Participants and groups</source>
        <extracomment>rows of the participant table that stay visible at the smallest laptop size</extracomment>
        <translation>Participants and groups</translation>
    </message>
    <message>
        <source>Filter by name, municipality, role…</source>
        <translation>Filter by name, municipality, role…</translation>
    </message>
    <message>
        <source>No participants yet. Import the registration list (.xlsx or .csv) with Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins).</source>
        <translation>No participants yet. Import the registration list (.xlsx or .csv) with Import… (Ctrl+Shift+I), or add people one by one with Add… (Ins).</translation>
    </message>
</context>
</TS>
