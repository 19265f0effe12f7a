<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="6"/>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="30"/>
        <source>Which column holds what</source>
        <translation>Which column holds what</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="43"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="52"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="61"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="83"/>
        <source>Tick &amp;all good rows</source>
        <translation>Tick &amp;all good rows</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="88"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Untick all</translation>
    </message>
</context>
</TS>
