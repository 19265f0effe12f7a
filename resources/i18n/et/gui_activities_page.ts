<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CapturePage</name>
    <message>
        <source>Groups</source>
        <translation>Grupid</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Katvus</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>Omavalitsuste kaupa</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Search activities (Ctrl+F)</source>
        <translation>Otsi tegevusi (Ctrl+F)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Kõik valdkonnad</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Näita kõiki</translation>
    </message>
    <message>
        <source>This workshop has no groups.</source>
        <translation>Selles töötoas pole gruppe.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideed</translation>
    </message>
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
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Tegevused</translation>
    </message>
    <message>
        <source>Show this group on the projector</source>
        <translation>Näita seda gruppi projektoril</translation>
    </message>
    <message>
        <source>Type the activity&apos;s title first.</source>
        <translation>Kirjuta kõigepealt tegevuse pealkiri.</translation>
    </message>
    <message>
        <source>Not saved: %1. The text is still here; try again.</source>
        <translation>Ei salvestunud: %1. Tekst on alles; proovi uuesti.</translation>
    </message>
    <message>
        <source>Choose the municipality at the top of the ideas first, then click the example again.</source>
        <translation>Vali ideede kohal kõigepealt omavalitsus ja klõpsa siis uuesti näitel.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back (Ctrl+Z).</source>
        <translation>„%1“ kustutati. Tagasivõtmine (Ctrl+Z) toob selle tagasi.</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>„%1“ tõsteti teise gruppi (%2).</translation>
    </message>
    <message>
        <source>The change could not be saved to the workshop file.</source>
        <translation>Muudatust ei õnnestunud töötoa faili salvestada.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>näha %1 / %2</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Kõik omavalitsused</translation>
    </message>
</context>
</TS>
