<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FilterBar</name>
    <message>
        <source>Search activities (Ctrl+F)</source>
        <translation>Search activities (Ctrl+F)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
</context>
<context>
    <name>HiddenNotice</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Hide this notice</translation>
    </message>
    <message>
        <source>“%1” is saved, but the filter hides it.</source>
        <translation>“%1” is saved, but the filter hides it.</translation>
    </message>
</context>
</TS>
