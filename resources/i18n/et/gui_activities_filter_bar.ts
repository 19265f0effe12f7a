<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="34"/>
        <source>Search activities (Ctrl+F)</source>
        <translation>Otsi tegevusi (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="47"/>
        <source>All areas</source>
        <translation>Kõik valdkonnad</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="53"/>
        <source>Show all</source>
        <translation>Näita kõiki</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="101"/>
        <source>All municipalities</source>
        <translation>Kõik omavalitsused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="112"/>
        <source>%1 of %2 shown</source>
        <translation>näha %1 / %2</translation>
    </message>
</context>
<context>
    <name>HiddenNotice</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="127"/>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="133"/>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="134"/>
        <source>Hide this notice</source>
        <translation>Peida see teade</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="147"/>
        <source>“%1” is saved, but the filter hides it.</source>
        <translation>„%1“ on salvestatud, aga filter peidab selle.</translation>
    </message>
</context>
</TS>
