<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ScreenDialog</name>
    <message>
        <source>Screen %1: %2 × %3</source>
        <translation>Ekraan %1: %2 × %3</translation>
    </message>
    <message>
        <source>(this laptop&apos;s main screen)</source>
        <translation>(sülearvuti põhiekraan)</translation>
    </message>
    <message>
        <source>The projector goes here</source>
        <translation>Projektori pilt tuleb siia</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Projektori ekraan</translation>
    </message>
    <message>
        <source>Choose the screen the room sees. With a second screen the projector window fills it; on the laptop&apos;s own screen it opens beside your window.</source>
        <translation>Vali ekraan, mida ruum näeb. Teisel ekraanil täidab projektori aken kogu ekraani, sülearvuti enda ekraanil avaneb see sinu akna kõrval.</translation>
    </message>
</context>
</TS>
