<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Check which column holds what: the list has more than one column that could be the name or the municipality.</source>
        <translation>Check which column holds what: the list has more than one column that could be the name or the municipality.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel workbook, sheet “%1”</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>CSV text, %1, separated by %2</source>
        <translation>CSV text, %1, separated by %2</translation>
    </message>
    <message>
        <source>%1. Header on row %2; columns used: %3.</source>
        <translation>%1. Header on row %2; columns used: %3.</translation>
    </message>
    <message>
        <source>Ignored: %1.</source>
        <translation>Ignored: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s) will be imported.</source>
        <translation>
            <numerusform>%1 of %n row will be imported.</numerusform>
            <numerusform>%1 of %n rows will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors and cannot be imported.</source>
        <translation>
            <numerusform>%n row has errors and cannot be imported.</numerusform>
            <numerusform>%n rows have errors and cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) unticked.</source>
        <translation>
            <numerusform>%n duplicate is unticked.</numerusform>
            <numerusform>%n duplicates are unticked.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Import %1</translation>
    </message>
</context>
</TS>
