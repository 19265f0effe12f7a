<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>EmptyRowsFields</name>
    <message>
        <source>Empty rows under each area&apos;s activities, for the team to add their own</source>
        <translation>Empty rows under each area&apos;s activities, for the team to add their own</translation>
    </message>
    <message>
        <source>Rows of the table for new activities (0 leaves the table out)</source>
        <translation>Rows of the table for new activities (0 leaves the table out)</translation>
    </message>
    <message>
        <source>Change the empty rows</source>
        <translation>Change the empty rows</translation>
    </message>
</context>
</TS>
