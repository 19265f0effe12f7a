<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="6"/>
        <source>Import participants</source>
        <translation>Osalejate import</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="30"/>
        <source>Which column holds what</source>
        <translation>Mis veerus on mis</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="34"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="43"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Omavalitsus:</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="52"/>
        <source>&amp;Role:</source>
        <translation>&amp;Amet:</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="61"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="83"/>
        <source>Tick &amp;all good rows</source>
        <translation>Märgi &amp;kõik korras read</translation>
    </message>
    <message>
        <location filename="../../../ui/import_dialog.ui" line="88"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Eemalda kõik märked</translation>
    </message>
</context>
</TS>
