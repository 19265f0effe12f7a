<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version %1</source>
        <translation>Versioon %1</translation>
    </message>
    <message>
        <source>Works offline. Qt %1 (PySide6), Python %2.</source>
        <translation>Töötab võrguta. Qt %1 (PySide6), Python %2.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Choose a Word template</source>
        <translation>Vali Wordi mall</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Wordi dokumendid (*.docx)</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Töötoa andmed</translation>
    </message>
    <message>
        <source>OGP action plan draft</source>
        <translation>AVP tegevuskava mustand</translation>
    </message>
    <message>
        <source>Each activity gets the fields of an Open Government Partnership commitment in the editor, and the homework pack a commitment sheet per activity.</source>
        <translation>Tegevuse redaktoris on avatud valitsemise partnerluse (AVP) kohustuse väljad ja kodutööpaketis on iga tegevuse kohta kohustuse leht.</translation>
    </message>
    <message>
        <source>https://… (the video call&apos;s address)</source>
        <translation>https://… (videokõne aadress)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pealkiri:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Kuupäev:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Toimumiskoht:</translation>
    </message>
    <message>
        <source>Documents&apos; &amp;language:</source>
        <translation>Dokumentide &amp;keel:</translation>
    </message>
    <message>
        <source>T&amp;rainer:</source>
        <translation>K&amp;oolitaja:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatsioon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Follow-up seminar &amp;date:</source>
        <translation>Jätkuseminari &amp;kuupäev:</translation>
    </message>
    <message>
        <source>Follow-up seminar time:</source>
        <translation>Jätkuseminari kellaaeg:</translation>
    </message>
    <message>
        <source>Video call &amp;platform:</source>
        <translation>Videokõne &amp;keskkond:</translation>
    </message>
    <message>
        <source>Video call &amp;link:</source>
        <translation>Videokõne &amp;link:</translation>
    </message>
</context>
</TS>
