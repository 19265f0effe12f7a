<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Capture</name>
    <message>
        <source>An activity needs a title.</source>
        <extracomment>fields an edit may change, with the kind of value each takes how long a title may be (a line on the projector, a heading in the homework pack) the OGP commitment drafted from the activity (core.ogp; {} when none)</extracomment>
        <translation>Tegevusel peab olema pealkiri.</translation>
    </message>
    <message>
        <source>Unknown fields: %1.</source>
        <translation>Tundmatud väljad: %1.</translation>
    </message>
    <message>
        <source>There is no group with id %1 in this workshop.</source>
        <translation>Selles töötoas pole gruppi tunnusega %1.</translation>
    </message>
    <message>
        <source>There is no group %1 in this workshop (groups: %2).</source>
        <translation>Selles töötoas pole gruppi %1 (grupid: %2).</translation>
    </message>
    <message>
        <source>There is no area %1 (areas: %2).</source>
        <translation>Valdkonda %1 pole (valdkonnad: %2).</translation>
    </message>
    <message>
        <source>There is no activity with id %1.</source>
        <translation>Tegevust tunnusega %1 pole.</translation>
    </message>
    <message>
        <source>Not editable: %1.</source>
        <translation>Ei saa muuta: %1.</translation>
    </message>
    <message>
        <source>Only an activity in the list can be moved.</source>
        <translation>Teisaldada saab ainult loendis olevat tegevust.</translation>
    </message>
    <message>
        <source>A deleted activity cannot be moved.</source>
        <translation>Kustutatud tegevust ei saa teisaldada.</translation>
    </message>
    <message>
        <source>The workshop is open read-only: nothing was changed.</source>
        <translation>Töötuba on avatud ainult lugemiseks: midagi ei muudetud.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
</TS>
