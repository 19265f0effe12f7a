<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="48"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="60"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="60"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="60"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="61"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="61"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="61"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="61"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="74"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="111"/>
        <source>Check which column holds what: the list has more than one column that could be the name or the municipality.</source>
        <translation>Check which column holds what: the list has more than one column that could be the name or the municipality.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="118"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="118"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="128"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="157"/>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel workbook, sheet “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="159"/>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="159"/>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="160"/>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="161"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="165"/>
        <source>CSV text, %1, separated by %2</source>
        <translation>CSV text, %1, separated by %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="167"/>
        <source>%1. Header on row %2; columns used: %3.</source>
        <translation>%1. Header on row %2; columns used: %3.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="170"/>
        <source>Ignored: %1.</source>
        <translation>Ignored: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="197"/>
        <source>%1 of %n row(s) will be imported.</source>
        <translation>
            <numerusform>%1 of %n row will be imported.</numerusform>
            <numerusform>%1 of %n rows will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="200"/>
        <source>%n row(s) have errors and cannot be imported.</source>
        <translation>
            <numerusform>%n row has errors and cannot be imported.</numerusform>
            <numerusform>%n rows have errors and cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="202"/>
        <source>%n duplicate(s) unticked.</source>
        <translation>
            <numerusform>%n duplicate is unticked.</numerusform>
            <numerusform>%n duplicates are unticked.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/import_dialog.py" line="205"/>
        <source>&amp;Import %1</source>
        <translation>&amp;Import %1</translation>
    </message>
</context>
</TS>
