<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantEditing</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="31"/>
        <source>Add participant</source>
        <translation>Osaleja lisamine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="34"/>
        <source>Add %1</source>
        <translation>Lisa %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="53"/>
        <source>Edit participant</source>
        <translation>Osaleja muutmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="56"/>
        <source>Edit %1</source>
        <translation>Muuda: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/editing.py" line="72"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Eemalda %n osaleja</numerusform>
            <numerusform>Eemalda %n osalejat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="73"/>
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="74"/>
        <source>Remove participant</source>
        <translation>Eemalda osaleja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="84"/>
        <source>Check in</source>
        <translation>Märgi kohalolijaks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/editing.py" line="84"/>
        <source>Check out</source>
        <translation>Märgi puudujaks</translation>
    </message>
</context>
</TS>
