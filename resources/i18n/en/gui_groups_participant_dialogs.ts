<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="96"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="106"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="106"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="106"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="106"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="107"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="107"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="107"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="107"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="110"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="110"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="120"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="155"/>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel workbook, sheet “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="157"/>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="157"/>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="158"/>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="159"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="162"/>
        <source>CSV text, %1, separated by %2</source>
        <translation>CSV text, %1, separated by %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="165"/>
        <source>%1. Header on row %2; columns used: %3.</source>
        <translation>%1. Header on row %2; columns used: %3.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="168"/>
        <source>Ignored: %1.</source>
        <translation>Ignored: %1.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="195"/>
        <source>%1 of %2 rows will be imported.</source>
        <translation>%1 of %2 rows will be imported.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="198"/>
        <source>%1 rows have errors and cannot be imported.</source>
        <translation>%1 rows have errors and cannot be imported.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="200"/>
        <source>%1 duplicates are unticked.</source>
        <translation>%1 duplicates are unticked.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="203"/>
        <source>&amp;Import %1</source>
        <translation>&amp;Import %1</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="50"/>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="50"/>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="70"/>
        <source>Type the participant&apos;s name.</source>
        <translation>Type the participant&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participant_dialogs.py" line="74"/>
        <source>Type the municipality, so that the assignment can spread its people over the groups.</source>
        <translation>Type the municipality, so that the assignment can spread its people over the groups.</translation>
    </message>
</context>
</TS>
