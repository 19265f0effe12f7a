<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Uus töötuba…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ava…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Salvesta &amp;koopia…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Taasta varukoopiast…</translation>
    </message>
    <message>
        <source>Workshop &amp;details…</source>
        <translation>Töötoa an&amp;dmed…</translation>
    </message>
    <message>
        <source>&amp;Import returned homework…</source>
        <translation>&amp;Impordi tagastatud kodutööd…</translation>
    </message>
    <message>
        <source>Read the homework packs the municipalities sent back</source>
        <translation>Loe omavalitsuste tagastatud kodutööpakette</translation>
    </message>
    <message>
        <source>&amp;Groups write on their phones…</source>
        <translation>&amp;Grupid kirjutavad telefonis…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Eelistused…</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Projektori aken</translation>
    </message>
    <message>
        <source>&amp;Blackout projector</source>
        <translation>Projektor &amp;mustaks</translation>
    </message>
    <message>
        <source>&amp;Next page on the projector</source>
        <translation>&amp;Järgmine lehekülg projektoril</translation>
    </message>
    <message>
        <source>Pre&amp;vious page on the projector</source>
        <translation>&amp;Eelmine lehekülg projektoril</translation>
    </message>
    <message>
        <source>Projector &amp;screen…</source>
        <translation>Projektori e&amp;kraan…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Kasutusjuhend</translation>
    </message>
    <message>
        <source>&amp;About avtoituba</source>
        <translation>&amp;Teave: avtoituba</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>menu title, then the action keys in order (&quot;-&quot; a separator, &quot;recent&quot; the submenu, &quot;undo&quot;/&quot;redo&quot; the undo stack&apos;s actions, &quot;pages&quot; where the page actions go)</extracomment>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muuda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
</context>
</TS>
