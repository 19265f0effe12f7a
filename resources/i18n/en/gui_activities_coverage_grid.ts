<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CoverageGrid</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="159"/>
        <source>No municipalities yet. They appear here as activities are typed for them (or from the participant list).</source>
        <translation>No municipalities yet. They appear here as activities are typed for them (or from the participant list).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="177"/>
        <source>Every municipality has at least one activity in every area.</source>
        <translation>Every municipality has at least one activity in every area.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="181"/>
        <source>%1 of %2 cells are still empty (red): a municipality with no activity in that area yet. Click a cell to list its activities.</source>
        <translation>%1 of %2 cells are still empty (red): a municipality with no activity in that area yet. Click a cell to list its activities.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="97"/>
        <source>%1: %2 activities in all</source>
        <translation>%1: %2 activities in all</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="101"/>
        <source>%1 has no activity yet in area %2 (%3)</source>
        <translation>%1 has no activity yet in area %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="103"/>
        <source>%1: %2 in area %3 (%4). Click to list them.</source>
        <translation>%1: %2 in area %3 (%4). Click to list them.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="116"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
</TS>
