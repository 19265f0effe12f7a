<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="17"/>
        <source>&amp;New activity</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="19"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="21"/>
        <source>&amp;Edit activity</source>
        <translation>&amp;Edit activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="23"/>
        <source>&amp;Delete activity</source>
        <translation>&amp;Delete activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="25"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="27"/>
        <source>Move d&amp;own</source>
        <translation>Move d&amp;own</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="29"/>
        <source>Move to &amp;previous group</source>
        <translation>Move to &amp;previous group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="31"/>
        <source>Move to ne&amp;xt group</source>
        <translation>Move to ne&amp;xt group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="33"/>
        <source>Me&amp;rge municipalities…</source>
        <translation>Me&amp;rge municipalities…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="35"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="37"/>
        <source>&amp;Coverage grid</source>
        <translation>&amp;Coverage grid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="39"/>
        <source>By &amp;municipality</source>
        <translation>By &amp;municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="41"/>
        <source>Show the &amp;wall on the projector</source>
        <translation>Show the &amp;wall on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="43"/>
        <source>Wall: p&amp;revious group</source>
        <translation>Wall: p&amp;revious group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/actions.py" line="45"/>
        <source>Wall: nex&amp;t group</source>
        <translation>Wall: nex&amp;t group</translation>
    </message>
</context>
</TS>
