<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ScreenDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/projector/screen_dialog.py" line="26"/>
        <source>Screen %1: %2 × %3</source>
        <translation>Ekraan %1: %2 × %3</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/projector/screen_dialog.py" line="32"/>
        <source>(this laptop&apos;s main screen)</source>
        <translation>(sülearvuti põhiekraan)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/projector/screen_dialog.py" line="48"/>
        <source>The projector goes here</source>
        <translation>Projektori pilt tuleb siia</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/projector/screen_dialog.py" line="68"/>
        <source>Projector screen</source>
        <translation>Projektori ekraan</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/projector/screen_dialog.py" line="82"/>
        <source>Choose the screen the room sees. With a second screen the projector window fills it; on the laptop&apos;s own screen it opens beside your window.</source>
        <translation>Vali ekraan, mida ruum näeb. Teisel ekraanil täidab projektori aken kogu ekraani, sülearvuti enda ekraanil avaneb see sinu akna kõrval.</translation>
    </message>
</context>
</TS>
