<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge municipalities</source>
        <translation>Merge municipalities</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Move everything of</source>
        <translation>Move everything of</translation>
    </message>
    <message>
        <source>into</source>
        <translation>into</translation>
    </message>
    <message>
        <source>Choose two different municipalities.</source>
        <translation>Choose two different municipalities.</translation>
    </message>
    <message>
        <source>%1 and %2 move to “%3”; “%4” leaves the list. Undo (Ctrl+Z) takes it back.</source>
        <translation>%1 and %2 move to “%3”; “%4” leaves the list. Undo (Ctrl+Z) takes it back.</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activities</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participants</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
