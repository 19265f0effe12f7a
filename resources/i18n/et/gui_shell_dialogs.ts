<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="44"/>
        <source>Version %1</source>
        <translation>Versioon %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="49"/>
        <source>Works offline. Qt %1 (PySide6), Python %2.</source>
        <translation>Töötab võrguta. Qt %1 (PySide6), Python %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="76"/>
        <source>Choose a Word template</source>
        <translation>Vali Wordi mall</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="77"/>
        <source>Word documents (*.docx)</source>
        <translation>Wordi dokumendid (*.docx)</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="105"/>
        <source>Workshop details</source>
        <translation>Töötoa andmed</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="132"/>
        <source>https://… (the video call&apos;s address)</source>
        <translation>https://… (videokõne aadress)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="136"/>
        <source>&amp;Title:</source>
        <translation>&amp;Pealkiri:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="137"/>
        <source>&amp;Date:</source>
        <translation>&amp;Kuupäev:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="138"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Toimumiskoht:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="139"/>
        <source>Documents&apos; &amp;language:</source>
        <translation>Dokumentide &amp;keel:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="140"/>
        <source>T&amp;rainer:</source>
        <translation>K&amp;oolitaja:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="141"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatsioon:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="142"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="143"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="147"/>
        <source>Follow-up seminar &amp;date:</source>
        <translation>Jätkuseminari &amp;kuupäev:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="148"/>
        <source>Follow-up seminar time:</source>
        <translation>Jätkuseminari kellaaeg:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="149"/>
        <source>Video call &amp;platform:</source>
        <translation>Videokõne &amp;keskkond:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="150"/>
        <source>Video call &amp;link:</source>
        <translation>Videokõne &amp;link:</translation>
    </message>
</context>
</TS>
