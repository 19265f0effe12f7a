<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="6"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="10"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="12"/>
        <source>&amp;User interface:</source>
        <translation>&amp;User interface:</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="14"/>
        <source>A new language takes effect when avtoituba is started again.</source>
        <translation>A new language takes effect when avtoituba is started again.</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="20"/>
        <source>Agenda timer</source>
        <translation>Agenda timer</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="22"/>
        <source>&amp;Warn before the end:</source>
        <translation>&amp;Warn before the end:</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="23"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="24"/>
        <source>…or for a short block, the &amp;last:</source>
        <translation>…or for a short block, the &amp;last:</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="25"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="26"/>
        <source>&amp;Mute the chimes</source>
        <translation>&amp;Mute the chimes</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="32"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="34"/>
        <source>Word &amp;template:</source>
        <translation>Word &amp;template:</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="37"/>
        <source>The built-in template</source>
        <translation>The built-in template</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="38"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="39"/>
        <source>&amp;Built-in</source>
        <translation>&amp;Built-in</translation>
    </message>
</context>
</TS>
