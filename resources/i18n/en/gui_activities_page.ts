<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="102"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="103"/>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="104"/>
        <source>By municipality</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="141"/>
        <location filename="../../../avtoituba/gui/activities/page.py" line="471"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="148"/>
        <source>Search activities (Ctrl+F)</source>
        <translation>Search activities (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="161"/>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="167"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="206"/>
        <source>This workshop has no groups.</source>
        <translation>This workshop has no groups.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="220"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="221"/>
        <location filename="../../../avtoituba/gui/activities/page.py" line="356"/>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="244"/>
        <source>&amp;New activity</source>
        <translation>&amp;New activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="246"/>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="248"/>
        <source>&amp;Edit activity</source>
        <translation>&amp;Edit activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="249"/>
        <source>&amp;Delete activity</source>
        <translation>&amp;Delete activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="251"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="253"/>
        <source>Move d&amp;own</source>
        <translation>Move d&amp;own</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="255"/>
        <source>Move to &amp;previous group</source>
        <translation>Move to &amp;previous group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="257"/>
        <source>Move to ne&amp;xt group</source>
        <translation>Move to ne&amp;xt group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="259"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groups</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="261"/>
        <source>&amp;Coverage grid</source>
        <translation>&amp;Coverage grid</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="263"/>
        <source>By &amp;municipality</source>
        <translation>By &amp;municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="266"/>
        <source>Show the &amp;wall on the projector</source>
        <translation>Show the &amp;wall on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="268"/>
        <source>Wall: p&amp;revious group</source>
        <translation>Wall: p&amp;revious group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="270"/>
        <source>Wall: nex&amp;t group</source>
        <translation>Wall: nex&amp;t group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="272"/>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="302"/>
        <source>Show this group on the projector</source>
        <translation>Show this group on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="330"/>
        <source>Type the activity&apos;s title first.</source>
        <translation>Type the activity&apos;s title first.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="340"/>
        <source>Not saved: %1. The text is still here; try again.</source>
        <translation>Not saved: %1. The text is still here; try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="357"/>
        <source>Choose the municipality at the top of the ideas first, then click the example again.</source>
        <translation>Choose the municipality at the top of the ideas first, then click the example again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="403"/>
        <source>Deleted “%1”. Undo brings it back (Ctrl+Z).</source>
        <translation>Deleted “%1”. Undo brings it back (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="448"/>
        <source>“%1” moved to %2.</source>
        <translation>“%1” moved to %2.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="472"/>
        <source>The change could not be saved to the workshop file.</source>
        <translation>The change could not be saved to the workshop file.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="566"/>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/page.py" line="611"/>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
</context>
</TS>
