<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaPage</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Next block</source>
        <translation>&amp;Next block</translation>
    </message>
    <message>
        <source>&amp;Previous block</source>
        <translation>&amp;Previous block</translation>
    </message>
    <message>
        <source>Next p&amp;resenter</source>
        <translation>Next p&amp;resenter</translation>
    </message>
    <message>
        <source>Previous presen&amp;ter</source>
        <translation>Previous presen&amp;ter</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <source>−1 minute</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <source>+5 minutes</source>
        <translation>+5 minutes</translation>
    </message>
    <message>
        <source>−5 minutes</source>
        <translation>−5 minutes</translation>
    </message>
    <message>
        <source>Jump to the &amp;selected block</source>
        <extracomment>single keys: on only while the page is shown</extracomment>
        <translation>Jump to the &amp;selected block</translation>
    </message>
    <message>
        <source>&amp;End the day…</source>
        <translation>&amp;End the day…</translation>
    </message>
    <message>
        <source>Re&amp;open the day…</source>
        <translation>Re&amp;open the day…</translation>
    </message>
    <message>
        <source>&amp;Reset the timer…</source>
        <translation>&amp;Reset the timer…</translation>
    </message>
    <message>
        <source>&amp;Mute the chime</source>
        <translation>&amp;Mute the chime</translation>
    </message>
    <message>
        <source>Show the projector &amp;clock</source>
        <translation>Show the projector &amp;clock</translation>
    </message>
    <message>
        <source>&amp;Add a block</source>
        <translation>&amp;Add a block</translation>
    </message>
    <message>
        <source>&amp;Delete the block</source>
        <translation>&amp;Delete the block</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>May &amp;give time when late</source>
        <translation>May &amp;give time when late</translation>
    </message>
    <message>
        <source>The late-day plans take time from this block first.</source>
        <translation>The late-day plans take time from this block first.</translation>
    </message>
</context>
</TS>
