<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="50"/>
        <source>Select an activity in a group&apos;s list to edit it here. Every change is saved as you make it.</source>
        <translation>Select an activity in a group&apos;s list to edit it here. Every change is saved as you make it.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="60"/>
        <source>What exactly will be done, and how</source>
        <translation>What exactly will be done, and how</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="65"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="76"/>
        <source>Municipal leaders</source>
        <translation>Municipal leaders</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="77"/>
        <source>Key people of the theme</source>
        <translation>Key people of the theme</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="78"/>
        <source>Partners from outside the house</source>
        <translation>Partners from outside the house</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="80"/>
        <source>Who exactly (names, organisations)</source>
        <translation>Who exactly (names, organisations)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="81"/>
        <source>Who to involve</source>
        <translation>Who to involve</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="88"/>
        <source>Person or unit</source>
        <translation>Person or unit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="90"/>
        <source>e.g. spring 2027</source>
        <translation>e.g. spring 2027</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="91"/>
        <source>Uses a digital solution</source>
        <translation>Uses a digital solution</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="109"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="110"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="111"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="112"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="114"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="115"/>
        <source>Time &amp;frame</source>
        <translation>Time &amp;frame</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="117"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="157"/>
        <source>— no area —</source>
        <translation>— no area —</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="259"/>
        <source>An activity needs a title; the title was kept.</source>
        <translation>An activity needs a title; the title was kept.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="287"/>
        <source>Saved to the workshop file at %1</source>
        <translation>Saved to the workshop file at %1</translation>
    </message>
</context>
</TS>
