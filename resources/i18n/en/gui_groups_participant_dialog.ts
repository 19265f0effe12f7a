<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
