<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <source>&amp;Start the seminar</source>
        <translation>&amp;Start the seminar</translation>
    </message>
    <message>
        <source>&amp;Next municipality</source>
        <translation>&amp;Next municipality</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Previous item</translation>
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
        <source>&amp;End the seminar</source>
        <extracomment>the single keys, enabled only while the page is shown (the agenda uses the same keys)</extracomment>
        <translation>&amp;End the seminar</translation>
    </message>
    <message>
        <source>Re&amp;open the seminar</source>
        <translation>Re&amp;open the seminar</translation>
    </message>
    <message>
        <source>Show on the shared &amp;screen</source>
        <translation>Show on the shared &amp;screen</translation>
    </message>
    <message>
        <source>Show the countdown in the projector window; share that window in the video call</source>
        <translation>Show the countdown in the projector window; share that window in the video call</translation>
    </message>
    <message>
        <source>Mark &amp;absent</source>
        <translation>Mark &amp;absent</translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation>Move &amp;later</translation>
    </message>
    <message>
        <source>Mark p&amp;resent</source>
        <translation>Mark p&amp;resent</translation>
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
        <source>Write the &amp;summary…</source>
        <translation>Write the &amp;summary…</translation>
    </message>
</context>
</TS>
