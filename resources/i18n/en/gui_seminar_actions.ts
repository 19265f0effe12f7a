<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="11"/>
        <source>&amp;Start the seminar</source>
        <translation>&amp;Start the seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="13"/>
        <source>&amp;Next municipality</source>
        <translation>&amp;Next municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="15"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Previous item</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="17"/>
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="19"/>
        <source>−1 minute</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="26"/>
        <source>&amp;End the seminar</source>
        <extracomment>the single keys, enabled only while the page is shown (the agenda uses the same keys)</extracomment>
        <translation>&amp;End the seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="27"/>
        <source>Re&amp;open the seminar</source>
        <translation>Re&amp;open the seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="29"/>
        <source>Show on the shared &amp;screen</source>
        <translation>Show on the shared &amp;screen</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="32"/>
        <source>Show the countdown in the projector window; share that window in the video call</source>
        <translation>Show the countdown in the projector window; share that window in the video call</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="34"/>
        <source>Mark &amp;absent</source>
        <translation>Mark &amp;absent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="35"/>
        <source>Move &amp;later</source>
        <translation>Move &amp;later</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="36"/>
        <source>Mark p&amp;resent</source>
        <translation>Mark p&amp;resent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="38"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="40"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="42"/>
        <source>Write the &amp;summary…</source>
        <translation>Write the &amp;summary…</translation>
    </message>
</context>
</TS>
