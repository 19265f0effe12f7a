<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Select an activity in a group&apos;s list to edit it here. Every change is saved as you make it.</source>
        <translation>Select an activity in a group&apos;s list to edit it here. Every change is saved as you make it.</translation>
    </message>
    <message>
        <source>What exactly will be done, and how</source>
        <translation>What exactly will be done, and how</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Municipal leaders</source>
        <translation>Municipal leaders</translation>
    </message>
    <message>
        <source>Key people of the theme</source>
        <translation>Key people of the theme</translation>
    </message>
    <message>
        <source>Partners from outside the house</source>
        <translation>Partners from outside the house</translation>
    </message>
    <message>
        <source>Who exactly (names, organisations)</source>
        <translation>Who exactly (names, organisations)</translation>
    </message>
    <message>
        <source>Who to involve</source>
        <translation>Who to involve</translation>
    </message>
    <message>
        <source>Person or unit</source>
        <translation>Person or unit</translation>
    </message>
    <message>
        <source>e.g. spring 2027</source>
        <translation>e.g. spring 2027</translation>
    </message>
    <message>
        <source>Uses a digital solution</source>
        <translation>Uses a digital solution</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Area</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>D&amp;eadline</source>
        <translation>D&amp;eadline</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>— no area —</source>
        <translation>— no area —</translation>
    </message>
    <message>
        <source>An activity needs a title; the title was kept.</source>
        <translation>An activity needs a title; the title was kept.</translation>
    </message>
    <message>
        <source>A milestone ends before it starts; correct its dates to save the commitment.</source>
        <translation>A milestone ends before it starts; correct its dates to save the commitment.</translation>
    </message>
    <message>
        <source>“%1” is not in the registration list. Did you mean “%2”?</source>
        <translation>“%1” is not in the registration list. Did you mean “%2”?</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Add as new</translation>
    </message>
    <message>
        <source>Add “%1” as a new municipality</source>
        <translation>Add “%1” as a new municipality</translation>
    </message>
    <message>
        <source>Saved to the workshop file at %1</source>
        <translation>Saved to the workshop file at %1</translation>
    </message>
</context>
</TS>
