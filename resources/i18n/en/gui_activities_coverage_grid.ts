<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CoverageGrid</name>
    <message>
        <source>No municipalities yet. They appear here as activities are typed for them (or from the participant list).</source>
        <translation>No municipalities yet. They appear here as activities are typed for them (or from the participant list).</translation>
    </message>
    <message>
        <source>Every municipality has at least one activity in every area.</source>
        <translation>Every municipality has at least one activity in every area.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 cells are still empty (red): a municipality with no activity in that area yet. Click a cell to list its activities.</source>
        <translation>
            <numerusform>%n of %1 cells are still empty (red): a municipality with no activity in that area yet. Click a cell to list its activities.</numerusform>
            <numerusform>%n of %1 cells are still empty (red): a municipality with no activity in that area yet. Click a cell to list its activities.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message numerus="yes">
        <source>%1: %n activities in all</source>
        <translation>
            <numerusform>%1: %n activities in all</numerusform>
            <numerusform>%1: %n activities in all</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no activity yet in area %2 (%3)</source>
        <translation>%1 has no activity yet in area %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n in area %2 (%3). Click to list them.</source>
        <translation>
            <numerusform>%1: %n in area %2 (%3). Click to list them.</numerusform>
            <numerusform>%1: %n in area %2 (%3). Click to list them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
