<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CapturePage</name>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>By municipality</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Search activities (Ctrl+F)</source>
        <translation>Search activities (Ctrl+F)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>This workshop has no groups.</source>
        <translation>This workshop has no groups.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
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
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activities</translation>
    </message>
    <message>
        <source>Show this group on the projector</source>
        <translation>Show this group on the projector</translation>
    </message>
    <message>
        <source>Type the activity&apos;s title first.</source>
        <translation>Type the activity&apos;s title first.</translation>
    </message>
    <message>
        <source>Not saved: %1. The text is still here; try again.</source>
        <translation>Not saved: %1. The text is still here; try again.</translation>
    </message>
    <message>
        <source>Choose the municipality at the top of the ideas first, then click the example again.</source>
        <translation>Choose the municipality at the top of the ideas first, then click the example again.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back (Ctrl+Z).</source>
        <translation>Deleted “%1”. Undo brings it back (Ctrl+Z).</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>“%1” moved to %2.</translation>
    </message>
    <message>
        <source>The change could not be saved to the workshop file.</source>
        <translation>The change could not be saved to the workshop file.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
</context>
</TS>
