<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CommitmentBox</name>
    <message>
        <source>OGP commitment</source>
        <translation>OGP commitment</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Current situation</translation>
    </message>
    <message>
        <source>What it changes</source>
        <translation>What it changes</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <source>Development plan</source>
        <translation>Development plan</translation>
    </message>
    <message>
        <source>Which goal of the development plan (arengukava) this serves</source>
        <translation>Which goal of the development plan (arengukava) this serves</translation>
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
        <source>Add milestone</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>OGP values</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>For the OGP action plan draft: printed in the homework pack as a commitment sheet.</source>
        <translation>For the OGP action plan draft: printed in the homework pack as a commitment sheet.</translation>
    </message>
</context>
<context>
    <name>MilestoneRow</name>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
</TS>
