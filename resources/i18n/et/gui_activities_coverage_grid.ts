<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CoverageGrid</name>
    <message>
        <source>No municipalities yet. They appear here as activities are typed for them (or from the participant list).</source>
        <translation>Omavalitsusi veel pole. Need ilmuvad siia, kui neile tegevusi kirja pannakse (või osalejate nimekirjast).</translation>
    </message>
    <message>
        <source>Every municipality has at least one activity in every area.</source>
        <translation>Igal omavalitsusel on igas valdkonnas vähemalt üks tegevus.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 cells are still empty (red): a municipality with no activity in that area yet. Click a cell to list its activities.</source>
        <translation>
            <numerusform>%1 lahtrist %n on veel tühi (punane): omavalitsusel pole selles valdkonnas veel ühtegi tegevust. Klõpsa lahtril, et näha selle tegevusi.</numerusform>
            <numerusform>%1 lahtrist %n on veel tühjad (punased): omavalitsusel pole selles valdkonnas veel ühtegi tegevust. Klõpsa lahtril, et näha selle tegevusi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message numerus="yes">
        <source>%1: %n activities in all</source>
        <translation>
            <numerusform>%1: kokku %n tegevus</numerusform>
            <numerusform>%1: kokku %n tegevust</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no activity yet in area %2 (%3)</source>
        <translation>%1: valdkonnas %2 (%3) pole veel ühtegi tegevust</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n in area %2 (%3). Click to list them.</source>
        <translation>
            <numerusform>%1: valdkonnas %2 (%3) %n tegevus. Klõpsa, et seda näha.</numerusform>
            <numerusform>%1: valdkonnas %2 (%3) %n tegevust. Klõpsa, et neid näha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
</context>
</TS>
