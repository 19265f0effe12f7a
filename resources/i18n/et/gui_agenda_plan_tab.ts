<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="49"/>
        <source>Export as .csv…</source>
        <translation>Ekspordi .csv-failina…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="51"/>
        <source>Export as Word…</source>
        <translation>Ekspordi Wordi failina…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="72"/>
        <source>running</source>
        <translation>käib</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="72"/>
        <source>not run</source>
        <translation>ei toimunud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="86"/>
        <source>Block</source>
        <translation>Plokk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="86"/>
        <source>Planned start</source>
        <translation>Plaanitud algus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="86"/>
        <source>Planned end</source>
        <translation>Plaanitud lõpp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="86"/>
        <source>Planned (min)</source>
        <translation>Plaanitud (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="87"/>
        <source>Actual start</source>
        <translation>Tegelik algus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="87"/>
        <source>Actual end</source>
        <translation>Tegelik lõpp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="87"/>
        <source>Actual (min)</source>
        <translation>Tegelik (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="88"/>
        <source>Difference</source>
        <translation>Vahe</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="108"/>
        <source>Export as .csv</source>
        <translation>Ekspordi .csv-failina</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="111"/>
        <source>Export as Word</source>
        <translation>Ekspordi Wordi failina</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="112"/>
        <source>Word documents (*.docx)</source>
        <translation>Wordi dokumendid (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="119"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="120"/>
        <source>The file could not be written: %1. Choose another folder and try again.</source>
        <translation>Faili ei õnnestunud kirjutada: %1. Vali teine kaust ja proovi uuesti.</translation>
    </message>
</context>
</TS>
