<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupsOutput</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/output.py" line="35"/>
        <location filename="../../../avtoituba/gui/groups/output.py" line="44"/>
        <source>Save group lists</source>
        <translation>Save group lists</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/output.py" line="36"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/output.py" line="45"/>
        <source>The group lists could not be saved.</source>
        <translation>The group lists could not be saved.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/output.py" line="46"/>
        <source>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</source>
        <translation>Check that the folder exists and is writable, and that the document is not open in Word, then try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/output.py" line="50"/>
        <source>Group lists saved: %1</source>
        <translation>Group lists saved: %1</translation>
    </message>
</context>
</TS>
