<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign participants to groups</source>
        <translation>Assign participants to groups</translation>
    </message>
    <message>
        <source>&amp;Spread each municipality over the groups (recommended)</source>
        <translation>&amp;Spread each municipality over the groups (recommended)</translation>
    </message>
    <message>
        <source>Every municipality takes part in every theme as far as its size allows; group sizes differ by at most one; roles are mixed.</source>
        <translation>Every municipality takes part in every theme as far as its size allows; group sizes differ by at most one; roles are mixed.</translation>
    </message>
    <message>
        <source>Keep each municipality &amp;together in one group</source>
        <translation>Keep each municipality &amp;together in one group</translation>
    </message>
    <message>
        <source>&amp;Random</source>
        <translation>&amp;Random</translation>
    </message>
    <message>
        <source>Arrangement &amp;number:</source>
        <translation>Arrangement &amp;number:</translation>
    </message>
    <message>
        <source>The same number gives the same groups again; another number, another arrangement.</source>
        <translation>The same number gives the same groups again; another number, another arrangement.</translation>
    </message>
    <message>
        <source>Try a&amp;nother arrangement</source>
        <translation>Try a&amp;nother arrangement</translation>
    </message>
    <message>
        <source>Only participants checked in as &amp;present</source>
        <translation>Only participants checked in as &amp;present</translation>
    </message>
    <message>
        <source>&amp;Presenters stay in their groups</source>
        <translation>&amp;Presenters stay in their groups</translation>
    </message>
    <message>
        <source>Locked members stay in their group; everyone else may move.</source>
        <translation>Locked members stay in their group; everyone else may move.</translation>
    </message>
</context>
</TS>
