<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="21"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="23"/>
        <source>&amp;Next block</source>
        <translation>&amp;Next block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="25"/>
        <source>&amp;Previous block</source>
        <translation>&amp;Previous block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="27"/>
        <source>Next p&amp;resenter</source>
        <translation>Next p&amp;resenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="29"/>
        <source>Previous presen&amp;ter</source>
        <translation>Previous presen&amp;ter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="31"/>
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="33"/>
        <source>−1 minute</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="35"/>
        <source>+5 minutes</source>
        <translation>+5 minutes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="37"/>
        <source>−5 minutes</source>
        <translation>−5 minutes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="44"/>
        <source>Jump to the &amp;selected block</source>
        <extracomment>single keys: on only while the page is shown</extracomment>
        <translation>Jump to the &amp;selected block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="46"/>
        <source>&amp;End the day…</source>
        <translation>&amp;End the day…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="47"/>
        <source>Re&amp;open the day…</source>
        <translation>Re&amp;open the day…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="48"/>
        <source>&amp;Reset the timer…</source>
        <translation>&amp;Reset the timer…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="49"/>
        <source>&amp;Mute the chime</source>
        <translation>&amp;Mute the chime</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="51"/>
        <source>Show the projector &amp;clock</source>
        <translation>Show the projector &amp;clock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="56"/>
        <source>&amp;Add a block</source>
        <translation>&amp;Add a block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="58"/>
        <source>&amp;Delete the block</source>
        <translation>&amp;Delete the block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="60"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="62"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="64"/>
        <source>May &amp;give time when late</source>
        <translation>May &amp;give time when late</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/actions.py" line="66"/>
        <source>The late-day plans take time from this block first.</source>
        <translation>The late-day plans take time from this block first.</translation>
    </message>
</context>
</TS>
