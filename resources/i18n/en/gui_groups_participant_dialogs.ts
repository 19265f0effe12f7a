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
    <message>
        <source>%1 of %2 rows will be imported.</source>
        <translation>%1 of %2 rows will be imported.</translation>
    </message>
    <message>
        <source>%1 rows have errors and cannot be imported.</source>
        <translation>%1 rows have errors and cannot be imported.</translation>
    </message>
    <message>
        <source>%1 duplicates are unticked.</source>
        <translation>%1 duplicates are unticked.</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Import %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name.</source>
        <translation>Type the participant&apos;s name.</translation>
    </message>
    <message>
        <source>Type the municipality, so that the assignment can spread its people over the groups.</source>
        <translation>Type the municipality, so that the assignment can spread its people over the groups.</translation>
    </message>
</context>
</TS>
