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
        <location filename="../../../ui/import_dialog.ui" line="33"/>
        <source>Tick &amp;all good rows</source>
        <translation>Tick &amp;all good rows</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="38"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Untick all</translation>
    </message>
</context>
</TS>
