<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>&amp;Kasutajaliides:</translation>
    </message>
    <message>
        <source>A new language takes effect when avtoituba is started again.</source>
        <translation>Uus keel hakkab kehtima avtoituba järgmisel käivitamisel.</translation>
    </message>
    <message>
        <source>Agenda timer</source>
        <translation>Ajakava taimer</translation>
    </message>
    <message>
        <source>&amp;Warn before the end:</source>
        <translation>&amp;Hoiata enne lõppu:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>…or for a short block, the &amp;last:</source>
        <translation>…või lühikese ploki puhul &amp;viimased:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Mute the chimes</source>
        <translation>&amp;Vaigista helisignaalid</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
    <message>
        <source>Word &amp;template:</source>
        <translation>Wordi &amp;mall:</translation>
    </message>
    <message>
        <source>The built-in template</source>
        <translation>Sisseehitatud mall</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vali…</translation>
    </message>
    <message>
        <source>&amp;Built-in</source>
        <translation>&amp;Sisseehitatud</translation>
    </message>
</context>
</TS>
