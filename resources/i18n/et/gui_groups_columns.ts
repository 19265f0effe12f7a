<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>GroupColumn</name>
    <message>
        <source>%1 people, %2 municipalities</source>
        <translation>%1 inimest, %2 omavalitsust</translation>
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
