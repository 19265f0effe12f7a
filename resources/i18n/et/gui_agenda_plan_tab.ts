<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>PlanTab</name>
    <message>
        <source>Export as .csv…</source>
        <translation>Ekspordi .csv-failina…</translation>
    </message>
    <message>
        <source>Export as Word…</source>
        <translation>Ekspordi Wordi failina…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>käib</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ei toimunud</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Plokk</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Plaanitud algus</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Plaanitud lõpp</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Plaanitud (min)</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Tegelik algus</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Tegelik lõpp</translation>
    </message>
    <message>
        <source>Actual (min)</source>
        <translation>Tegelik (min)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Vahe</translation>
    </message>
    <message>
        <source>Export as .csv</source>
        <translation>Ekspordi .csv-failina</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <source>Export as Word</source>
        <translation>Ekspordi Wordi failina</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Wordi dokumendid (*.docx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>The file could not be written: %1. Choose another folder and try again.</source>
        <translation>Faili ei õnnestunud kirjutada: %1. Vali teine kaust ja proovi uuesti.</translation>
    </message>
</context>
</TS>
