<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="44"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="49"/>
        <source>Works offline. Qt %1 (PySide6), Python %2.</source>
        <translation>Works offline. Qt %1 (PySide6), Python %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="76"/>
        <source>Choose a Word template</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="77"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="105"/>
        <source>Workshop details</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="132"/>
        <source>https://… (the video call&apos;s address)</source>
        <translation>https://… (the video call&apos;s address)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="136"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="137"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="138"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="139"/>
        <source>Documents&apos; &amp;language:</source>
        <translation>Documents&apos; &amp;language:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="140"/>
        <source>T&amp;rainer:</source>
        <translation>T&amp;rainer:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="141"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="142"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="143"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="147"/>
        <source>Follow-up seminar &amp;date:</source>
        <translation>Follow-up seminar &amp;date:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="148"/>
        <source>Follow-up seminar time:</source>
        <translation>Follow-up seminar time:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="149"/>
        <source>Video call &amp;platform:</source>
        <translation>Video call &amp;platform:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/dialogs.py" line="150"/>
        <source>Video call &amp;link:</source>
        <translation>Video call &amp;link:</translation>
    </message>
</context>
</TS>
