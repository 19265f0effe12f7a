<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CoverageGrid</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="159"/>
        <source>No municipalities yet. They appear here as activities are typed for them (or from the participant list).</source>
        <translation>Omavalitsusi veel pole. Need ilmuvad siia, kui neile tegevusi kirja pannakse (või osalejate nimekirjast).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="177"/>
        <source>Every municipality has at least one activity in every area.</source>
        <translation>Igal omavalitsusel on igas valdkonnas vähemalt üks tegevus.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="181"/>
        <source>%1 of %2 cells are still empty (red): a municipality with no activity in that area yet. Click a cell to list its activities.</source>
        <translation>%2 lahtrist %1 on veel tühjad (punased): omavalitsusel pole selles valdkonnas veel ühtegi tegevust. Klõpsa lahtril, et näha selle tegevusi.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="97"/>
        <source>%1: %2 activities in all</source>
        <translation>%1: kokku %2 tegevust</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="101"/>
        <source>%1 has no activity yet in area %2 (%3)</source>
        <translation>%1: valdkonnas %2 (%3) pole veel ühtegi tegevust</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="103"/>
        <source>%1: %2 in area %3 (%4). Click to list them.</source>
        <translation>%1: valdkonnas %3 (%4) %2 tegevust. Klõpsa, et neid näha.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/coverage_grid.py" line="116"/>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
</context>
</TS>
