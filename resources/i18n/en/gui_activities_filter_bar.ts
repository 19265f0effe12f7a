<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="34"/>
        <source>Search activities (Ctrl+F)</source>
        <translation>Search activities (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="47"/>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="53"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="101"/>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="112"/>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
</context>
<context>
    <name>HiddenNotice</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="127"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="133"/>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="134"/>
        <source>Hide this notice</source>
        <translation>Hide this notice</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/filter_bar.py" line="147"/>
        <source>“%1” is saved, but the filter hides it.</source>
        <translation>“%1” is saved, but the filter hides it.</translation>
    </message>
</context>
</TS>
