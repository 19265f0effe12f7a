<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="6"/>
        <source>Preferences</source>
        <translation>Eelistused</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="10"/>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="12"/>
        <source>&amp;User interface:</source>
        <translation>&amp;Kasutajaliides:</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="14"/>
        <source>A new language takes effect when avtoituba is started again.</source>
        <translation>Uus keel hakkab kehtima avtoituba järgmisel käivitamisel.</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="20"/>
        <source>Agenda timer</source>
        <translation>Ajakava taimer</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="22"/>
        <source>&amp;Warn before the end:</source>
        <translation>&amp;Hoiata enne lõppu:</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="23"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="24"/>
        <source>…or for a short block, the &amp;last:</source>
        <translation>…või lühikese ploki puhul &amp;viimased:</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="25"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="26"/>
        <source>&amp;Mute the chimes</source>
        <translation>&amp;Vaigista helisignaalid</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="32"/>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="34"/>
        <source>Word &amp;template:</source>
        <translation>Wordi &amp;mall:</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="37"/>
        <source>The built-in template</source>
        <translation>Sisseehitatud mall</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="38"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Vali…</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="39"/>
        <source>&amp;Built-in</source>
        <translation>&amp;Sisseehitatud</translation>
    </message>
</context>
</TS>
