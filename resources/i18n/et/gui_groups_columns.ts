<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupColumn</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n inimene</numerusform>
            <numerusform>%n inimest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>%n omavalitsus</numerusform>
            <numerusform>%n omavalitsust</numerusform>
        </translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>esitaja</translation>
    </message>
    <message>
        <source>Locked: stays in this group when groups are assigned again</source>
        <translation>Lukus: jääb sellesse gruppi ka uue jaotuse korral</translation>
    </message>
    <message>
        <source>Presents the group&apos;s results</source>
        <translation>Esitleb grupi tulemusi</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Kohalolek märkimata</translation>
    </message>
</context>
</TS>
