<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Osalejate import</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Mis veerus on mis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Omavalitsus:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Amet:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>Tick &amp;all good rows</source>
        <translation>Märgi &amp;kõik korras read</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Eemalda kõik märked</translation>
    </message>
</context>
</TS>
