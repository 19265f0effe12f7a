<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupColumn</name>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/columns.py" line="143"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/columns.py" line="144"/>
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n municipality</numerusform>
            <numerusform>%n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="149"/>
        <source>presenter</source>
        <translation>presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="155"/>
        <source>Locked: stays in this group when groups are assigned again</source>
        <translation>Locked: stays in this group when groups are assigned again</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="163"/>
        <source>Presents the group&apos;s results</source>
        <translation>Presents the group&apos;s results</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="166"/>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
</context>
</TS>
