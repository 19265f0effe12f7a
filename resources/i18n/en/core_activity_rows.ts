<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Capture</name>
    <message>
        <source>An activity needs a title.</source>
        <extracomment>fields an edit may change, with the kind of value each takes how long a title may be (a line on the projector, a heading in the homework pack) the OGP commitment drafted from the activity (core.ogp; {} when none)</extracomment>
        <translation>An activity needs a title.</translation>
    </message>
    <message>
        <source>Unknown fields: %1.</source>
        <translation>Unknown fields: %1.</translation>
    </message>
    <message>
        <source>There is no group with id %1 in this workshop.</source>
        <translation>There is no group with id %1 in this workshop.</translation>
    </message>
    <message>
        <source>There is no group %1 in this workshop (groups: %2).</source>
        <translation>There is no group %1 in this workshop (groups: %2).</translation>
    </message>
    <message>
        <source>There is no area %1 (areas: %2).</source>
        <translation>There is no area %1 (areas: %2).</translation>
    </message>
    <message>
        <source>There is no activity with id %1.</source>
        <translation>There is no activity with id %1.</translation>
    </message>
    <message>
        <source>Not editable: %1.</source>
        <translation>Not editable: %1.</translation>
    </message>
    <message>
        <source>Only an activity in the list can be moved.</source>
        <translation>Only an activity in the list can be moved.</translation>
    </message>
    <message>
        <source>A deleted activity cannot be moved.</source>
        <translation>A deleted activity cannot be moved.</translation>
    </message>
    <message>
        <source>The workshop is open read-only: nothing was changed.</source>
        <translation>The workshop is open read-only: nothing was changed.</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
</TS>
