<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Works offline. Qt %1 (PySide6), Python %2.</source>
        <translation>Works offline. Qt %1 (PySide6), Python %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Choose a Word template</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <source>OGP action plan draft</source>
        <translation>OGP action plan draft</translation>
    </message>
    <message>
        <source>Each activity gets the fields of an Open Government Partnership commitment in the editor, and the homework pack a commitment sheet per activity.</source>
        <translation>Each activity gets the fields of an Open Government Partnership commitment in the editor, and the homework pack a commitment sheet per activity.</translation>
    </message>
    <message>
        <source>https://… (the video call&apos;s address)</source>
        <translation>https://… (the video call&apos;s address)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>Documents&apos; &amp;language:</source>
        <translation>Documents&apos; &amp;language:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>T&amp;rainer:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Follow-up seminar &amp;date:</source>
        <translation>Follow-up seminar &amp;date:</translation>
    </message>
    <message>
        <source>Follow-up seminar time:</source>
        <translation>Follow-up seminar time:</translation>
    </message>
    <message>
        <source>Video call &amp;platform:</source>
        <translation>Video call &amp;platform:</translation>
    </message>
    <message>
        <source>Video call &amp;link:</source>
        <translation>Video call &amp;link:</translation>
    </message>
</context>
</TS>
