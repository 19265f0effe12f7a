<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="49"/>
        <source>Export as .csv…</source>
        <translation>Export as .csv…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="51"/>
        <source>Export as Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="72"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="72"/>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="86"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="86"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="86"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="86"/>
        <source>Planned (min)</source>
        <translation>Planned (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="87"/>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="87"/>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="87"/>
        <source>Actual (min)</source>
        <translation>Actual (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="88"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="108"/>
        <source>Export as .csv</source>
        <translation>Export as .csv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="111"/>
        <source>Export as Word</source>
        <translation>Export as Word</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="112"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="119"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/plan_tab.py" line="120"/>
        <source>The file could not be written: %1. Choose another folder and try again.</source>
        <translation>The file could not be written: %1. Choose another folder and try again.</translation>
    </message>
</context>
</TS>
