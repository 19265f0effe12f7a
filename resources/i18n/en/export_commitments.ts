<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Documents</name>
    <message>
        <source>Draft OGP action plan</source>
        <translation>Draft OGP action plan</translation>
    </message>
    <message>
        <source>Each activity has a sheet for describing it as a commitment of the Open Government Partnership (OGP). Complete the sheets: together they are the draft of your local OGP action plan.</source>
        <translation>Each activity has a sheet for describing it as a commitment of the Open Government Partnership (OGP). Complete the sheets: together they are the draft of your local OGP action plan.</translation>
    </message>
    <message>
        <source>Commitment: %1</source>
        <translation>Commitment: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Problem the activity addresses</source>
        <translation>Problem the activity addresses</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <source>What the activity changes</source>
        <translation>What the activity changes</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>OGP values</translation>
    </message>
    <message>
        <source>transparency</source>
        <translation>transparency</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>accountability</source>
        <translation>accountability</translation>
    </message>
    <message>
        <source>Milestones (start–end)</source>
        <translation>Milestones (start–end)</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Other actors</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Link to the development plan</source>
        <translation>Link to the development plan</translation>
    </message>
</context>
</TS>
