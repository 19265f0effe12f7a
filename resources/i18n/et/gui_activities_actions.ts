<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CapturePage</name>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Uus tegevus</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Otsi…</translation>
    </message>
    <message>
        <source>&amp;Edit activity</source>
        <translation>&amp;Muuda tegevust</translation>
    </message>
    <message>
        <source>&amp;Delete activity</source>
        <translation>&amp;Kustuta tegevus</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Tõsta &amp;üles</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Tõsta &amp;alla</translation>
    </message>
    <message>
        <source>Move to &amp;previous group</source>
        <translation>Tõsta &amp;eelmisesse gruppi</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt group</source>
        <translation>Tõsta &amp;järgmisesse gruppi</translation>
    </message>
    <message>
        <source>Me&amp;rge municipalities…</source>
        <translation>Ü&amp;henda omavalitsused…</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupid</translation>
    </message>
    <message>
        <source>&amp;Coverage grid</source>
        <translation>Katvuse &amp;tabel</translation>
    </message>
    <message>
        <source>By &amp;municipality</source>
        <translation>Omavalitsuste kau&amp;pa</translation>
    </message>
    <message>
        <source>Show the &amp;wall on the projector</source>
        <translation>Näita grupi tegevusi p&amp;rojektoril</translation>
    </message>
    <message>
        <source>Wall: p&amp;revious group</source>
        <translation>Projektoril ee&amp;lmine grupp</translation>
    </message>
    <message>
        <source>Wall: nex&amp;t group</source>
        <translation>Projektoril järgmi&amp;ne grupp</translation>
    </message>
</context>
</TS>
