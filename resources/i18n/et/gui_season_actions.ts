<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeasonPage</name>
    <message>
        <source>Send to the season &amp;database</source>
        <translation>Saada hooaja &amp;andmebaasi</translation>
    </message>
    <message>
        <source>Send what changed in this workshop to the shared season database</source>
        <translation>Saada selle töötoa muudatused ühisesse hooaja andmebaasi</translation>
    </message>
    <message>
        <source>Open from the season data&amp;base…</source>
        <translation>Ava hooaja and&amp;mebaasist…</translation>
    </message>
    <message>
        <source>Make a workshop file from the workshop chosen in the season list</source>
        <translation>Tee hooaja loetelust valitud töötoast töötoa fail</translation>
    </message>
    <message>
        <source>&amp;Refresh the season list</source>
        <translation>&amp;Värskenda hooaja loetelu</translation>
    </message>
    <message>
        <source>Write the season &amp;report…</source>
        <translation>Koosta hooaja &amp;koondaruanne…</translation>
    </message>
    <message>
        <source>The whole season as Word and Excel files</source>
        <translation>Kogu hooaeg Wordi ja Exceli failina</translation>
    </message>
</context>
</TS>
