<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>&amp;User interface:</translation>
    </message>
    <message>
        <source>A new language takes effect when avtoituba is started again.</source>
        <translation>A new language takes effect when avtoituba is started again.</translation>
    </message>
    <message>
        <source>Agenda timer</source>
        <translation>Agenda timer</translation>
    </message>
    <message>
        <source>&amp;Warn before the end:</source>
        <translation>&amp;Warn before the end:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>…or for a short block, the &amp;last:</source>
        <translation>…or for a short block, the &amp;last:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Mute the chimes</source>
        <translation>&amp;Mute the chimes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>The built-in template</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>&amp;Built-in</translation>
    </message>
</context>
</TS>
