<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeasonPage</name>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="12"/>
        <source>Send to the season &amp;database</source>
        <translation>Send to the season &amp;database</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="14"/>
        <source>Send what changed in this workshop to the shared season database</source>
        <translation>Send what changed in this workshop to the shared season database</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="17"/>
        <source>Open from the season data&amp;base…</source>
        <translation>Open from the season data&amp;base…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="19"/>
        <source>Make a workshop file from the workshop chosen in the season list</source>
        <translation>Make a workshop file from the workshop chosen in the season list</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="21"/>
        <source>&amp;Refresh the season list</source>
        <translation>&amp;Refresh the season list</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="23"/>
        <source>Write the season &amp;report…</source>
        <translation>Write the season &amp;report…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/actions.py" line="25"/>
        <source>The whole season as Word and Excel files</source>
        <translation>The whole season as Word and Excel files</translation>
    </message>
</context>
</TS>
