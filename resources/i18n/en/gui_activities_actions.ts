<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CapturePage</name>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Edit activity</source>
        <translation>&amp;Edit activity</translation>
    </message>
    <message>
        <source>&amp;Delete activity</source>
        <translation>&amp;Delete activity</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Move d&amp;own</translation>
    </message>
    <message>
        <source>Move to &amp;previous group</source>
        <translation>Move to &amp;previous group</translation>
    </message>
    <message>
        <source>Move to ne&amp;xt group</source>
        <translation>Move to ne&amp;xt group</translation>
    </message>
    <message>
        <source>Me&amp;rge municipalities…</source>
        <translation>Me&amp;rge municipalities…</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <source>&amp;Coverage grid</source>
        <translation>&amp;Coverage grid</translation>
    </message>
    <message>
        <source>By &amp;municipality</source>
        <translation>By &amp;municipality</translation>
    </message>
    <message>
        <source>Show the &amp;wall on the projector</source>
        <translation>Show the &amp;wall on the projector</translation>
    </message>
    <message>
        <source>Wall: p&amp;revious group</source>
        <translation>Wall: p&amp;revious group</translation>
    </message>
    <message>
        <source>Wall: nex&amp;t group</source>
        <translation>Wall: nex&amp;t group</translation>
    </message>
</context>
</TS>
