<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupsPage</name>
    <message>
        <source>Participants and groups</source>
        <translation>Osalejad ja grupid</translation>
    </message>
    <message>
        <source>%1, %2 present</source>
        <translation>%1, kohal %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>Undo or redo</source>
        <translation>Võta tagasi või tee uuesti</translation>
    </message>
    <message>
        <source>The step could not be undone or redone; nothing was changed.</source>
        <translation>Sammu ei saanud tagasi võtta ega uuesti teha; midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The workshop file could not be written (%1). Check the disk and try again.</source>
        <translation>Töötoa faili ei saanud kirjutada (%1). Kontrolli ketast ja proovi uuesti.</translation>
    </message>
    <message>
        <source>The workshop file could not be written. Check that the disk is not full and the file is not read-only, then try again.</source>
        <translation>Töötoa faili ei saanud kirjutada. Kontrolli, et ketas pole täis ja fail pole kirjutuskaitstud, ning proovi uuesti.</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Osalejad</translation>
    </message>
    <message>
        <source>Not in a group</source>
        <translation>Grupita</translation>
    </message>
</context>
</TS>
