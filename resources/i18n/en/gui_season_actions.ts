<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeasonPage</name>
    <message>
        <source>Send to the season &amp;database</source>
        <translation>Send to the season &amp;database</translation>
    </message>
    <message>
        <source>Send what changed in this workshop to the shared season database</source>
        <translation>Send what changed in this workshop to the shared season database</translation>
    </message>
    <message>
        <source>Open from the season data&amp;base…</source>
        <translation>Open from the season data&amp;base…</translation>
    </message>
    <message>
        <source>Make a workshop file from the workshop chosen in the season list</source>
        <translation>Make a workshop file from the workshop chosen in the season list</translation>
    </message>
    <message>
        <source>&amp;Refresh the season list</source>
        <translation>&amp;Refresh the season list</translation>
    </message>
    <message>
        <source>Write the season &amp;report…</source>
        <translation>Write the season &amp;report…</translation>
    </message>
    <message>
        <source>The whole season as Word and Excel files</source>
        <translation>The whole season as Word and Excel files</translation>
    </message>
</context>
</TS>
