<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="102"/>
        <source>Groups</source>
        <translation>Grupid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="103"/>
        <source>Coverage</source>
        <translation>Katvus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="104"/>
        <source>By municipality</source>
        <translation>Omavalitsuste kaupa</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="141"/>
        <location filename="../../../avtoituba/gui/activities/page.py" line="471"/>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="148"/>
        <source>Search activities (Ctrl+F)</source>
        <translation>Otsi tegevusi (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="161"/>
        <source>All areas</source>
        <translation>Kõik valdkonnad</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="167"/>
        <source>Show all</source>
        <translation>Näita kõiki</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="206"/>
        <source>This workshop has no groups.</source>
        <translation>Selles töötoas pole gruppe.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="220"/>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="221"/>
        <location filename="../../../avtoituba/gui/activities/page.py" line="356"/>
        <source>Ideas</source>
        <translation>Ideed</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="244"/>
        <source>&amp;New activity</source>
        <translation>&amp;Uus tegevus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="246"/>
        <source>&amp;Find…</source>
        <translation>&amp;Otsi…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="248"/>
        <source>&amp;Edit activity</source>
        <translation>&amp;Muuda tegevust</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="249"/>
        <source>&amp;Delete activity</source>
        <translation>&amp;Kustuta tegevus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="251"/>
        <source>Move &amp;up</source>
        <translation>Tõsta &amp;üles</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="253"/>
        <source>Move d&amp;own</source>
        <translation>Tõsta &amp;alla</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="255"/>
        <source>Move to &amp;previous group</source>
        <translation>Tõsta &amp;eelmisesse gruppi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="257"/>
        <source>Move to ne&amp;xt group</source>
        <translation>Tõsta &amp;järgmisesse gruppi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="259"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="261"/>
        <source>&amp;Coverage grid</source>
        <translation>Katvuse &amp;tabel</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="263"/>
        <source>By &amp;municipality</source>
        <translation>Omavalitsuste kau&amp;pa</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="266"/>
        <source>Show the &amp;wall on the projector</source>
        <translation>Näita grupi tegevusi p&amp;rojektoril</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="268"/>
        <source>Wall: p&amp;revious group</source>
        <translation>Projektoril ee&amp;lmine grupp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="270"/>
        <source>Wall: nex&amp;t group</source>
        <translation>Projektoril järgmi&amp;ne grupp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="272"/>
        <source>&amp;Activities</source>
        <translation>&amp;Tegevused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="302"/>
        <source>Show this group on the projector</source>
        <translation>Näita seda gruppi projektoril</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="330"/>
        <source>Type the activity&apos;s title first.</source>
        <translation>Kirjuta kõigepealt tegevuse pealkiri.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="340"/>
        <source>Not saved: %1. The text is still here; try again.</source>
        <translation>Ei salvestunud: %1. Tekst on alles; proovi uuesti.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="357"/>
        <source>Choose the municipality at the top of the ideas first, then click the example again.</source>
        <translation>Vali ideede kohal kõigepealt omavalitsus ja klõpsa siis uuesti näitel.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="403"/>
        <source>Deleted “%1”. Undo brings it back (Ctrl+Z).</source>
        <translation>„%1“ kustutati. Tagasivõtmine (Ctrl+Z) toob selle tagasi.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="448"/>
        <source>“%1” moved to %2.</source>
        <translation>„%1“ tõsteti teise gruppi (%2).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="472"/>
        <source>The change could not be saved to the workshop file.</source>
        <translation>Muudatust ei õnnestunud töötoa faili salvestada.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="566"/>
        <source>%1 of %2 shown</source>
        <translation>näha %1 / %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="611"/>
        <source>All municipalities</source>
        <translation>Kõik omavalitsused</translation>
    </message>
</context>
</TS>
