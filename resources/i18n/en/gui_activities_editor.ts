<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="55"/>
        <source>Select an activity in a group&apos;s list to edit it here. Every change is saved as you make it.</source>
        <translation>Select an activity in a group&apos;s list to edit it here. Every change is saved as you make it.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="65"/>
        <source>What exactly will be done, and how</source>
        <translation>What exactly will be done, and how</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="66"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="94"/>
        <source>Municipal leaders</source>
        <translation>Municipal leaders</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="95"/>
        <source>Key people of the theme</source>
        <translation>Key people of the theme</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="96"/>
        <source>Partners from outside the house</source>
        <translation>Partners from outside the house</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="98"/>
        <source>Who exactly (names, organisations)</source>
        <translation>Who exactly (names, organisations)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="99"/>
        <source>Who to involve</source>
        <translation>Who to involve</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="106"/>
        <source>Person or unit</source>
        <translation>Person or unit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="108"/>
        <source>e.g. spring 2027</source>
        <translation>e.g. spring 2027</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="109"/>
        <source>Uses a digital solution</source>
        <translation>Uses a digital solution</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="127"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="128"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="130"/>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="131"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="133"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="134"/>
        <source>Time &amp;frame</source>
        <translation>Time &amp;frame</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="136"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="176"/>
        <source>— no area —</source>
        <translation>— no area —</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="276"/>
        <source>An activity needs a title; the title was kept.</source>
        <translation>An activity needs a title; the title was kept.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="306"/>
        <source>“%1” is not in the registration list. Did you mean “%2”?</source>
        <translation>“%1” is not in the registration list. Did you mean “%2”?</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="308"/>
        <source>Add as new</source>
        <translation>Add as new</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="309"/>
        <source>Add “%1” as a new municipality</source>
        <translation>Add “%1” as a new municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/activities/editor.py" line="330"/>
        <source>Saved to the workshop file at %1</source>
        <translation>Saved to the workshop file at %1</translation>
    </message>
</context>
</TS>
