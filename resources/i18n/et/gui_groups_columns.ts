<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupColumn</name>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/columns.py" line="143"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n inimene</numerusform>
            <numerusform>%n inimest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/columns.py" line="144"/>
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n omavalitsus</numerusform>
            <numerusform>%n omavalitsust</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="149"/>
        <source>presenter</source>
        <translation>esitaja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="155"/>
        <source>Locked: stays in this group when groups are assigned again</source>
        <translation>Lukus: jääb sellesse gruppi ka uue jaotuse korral</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="163"/>
        <source>Presents the group&apos;s results</source>
        <translation>Esitleb grupi tulemusi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="166"/>
        <source>Not checked in</source>
        <translation>Pole kohale tulnuks märgitud</translation>
    </message>
</context>
</TS>
