<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="52" />
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="66" />
        <source>Paste the meeting link (Zoom, Teams, …)</source>
        <translation>Paste the meeting link (Zoom, Teams, …)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="70" />
        <source>shared out</source>
        <translation>shared out</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="71" />
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="75" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="78" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="78" />
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="79" />
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="79" />
        <source>&amp;Turn:</source>
        <translation>&amp;Turn:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="80" />
        <source>D&amp;iscussion:</source>
        <translation>D&amp;iscussion:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="88" />
        <source>Meeting &amp;link:</source>
        <translation>Meeting &amp;link:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="98" />
        <source>Running order</source>
        <translation>Running order</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/layout.py" line="100" />
        <source>Drag a municipality to change the order.</source>
        <translation>Drag a municipality to change the order.</translation>
    </message>
</context>
</TS>
