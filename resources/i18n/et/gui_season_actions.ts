<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeasonPage</name>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="12"/>
        <source>Send to the season &amp;database</source>
        <translation>Saada hooaja &amp;andmebaasi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="14"/>
        <source>Send what changed in this workshop to the shared season database</source>
        <translation>Saada selle töötoa muudatused ühisesse hooaja andmebaasi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="17"/>
        <source>Open from the season data&amp;base…</source>
        <translation>Ava hooaja and&amp;mebaasist…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="19"/>
        <source>Make a workshop file from the workshop chosen in the season list</source>
        <translation>Tee hooaja loetelust valitud töötoast töötoa fail</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="21"/>
        <source>&amp;Refresh the season list</source>
        <translation>&amp;Värskenda hooaja loetelu</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="23"/>
        <source>Write the season &amp;report…</source>
        <translation>Koosta hooaja &amp;koondaruanne…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="25"/>
        <source>The whole season as Word and Excel files</source>
        <translation>Kogu hooaeg Wordi ja Exceli failina</translation>
    </message>
</context>
</TS>
