<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Workshop &amp;details…</source>
        <translation>Workshop &amp;details…</translation>
    </message>
    <message>
        <source>&amp;Import returned homework…</source>
        <translation>&amp;Import returned homework…</translation>
    </message>
    <message>
        <source>Read the homework packs the municipalities sent back</source>
        <translation>Read the homework packs the municipalities sent back</translation>
    </message>
    <message>
        <source>&amp;Groups write on their phones…</source>
        <translation>&amp;Groups write on their phones…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;Projector window</translation>
    </message>
    <message>
        <source>&amp;Blackout projector</source>
        <translation>&amp;Blackout projector</translation>
    </message>
    <message>
        <source>&amp;Next page on the projector</source>
        <translation>&amp;Next page on the projector</translation>
    </message>
    <message>
        <source>Pre&amp;vious page on the projector</source>
        <translation>Pre&amp;vious page on the projector</translation>
    </message>
    <message>
        <source>Projector &amp;screen…</source>
        <translation>Projector &amp;screen…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About avtoituba</source>
        <translation>&amp;About avtoituba</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>menu title, then the action keys in order (&quot;-&quot; a separator, &quot;recent&quot; the submenu, &quot;undo&quot;/&quot;redo&quot; the undo stack&apos;s actions, &quot;pages&quot; where the page actions go)</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
</TS>
