<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CompactClock</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="42" />
        <source>Open the agenda</source>
        <translation>Open the agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="88" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="92" />
        <source>day over</source>
        <translation>day over</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="94" />
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="105" />
        <source>%n min late</source>
        <translation>
            <numerusform>%n min late</numerusform>
            <numerusform>%n min late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="107" />
        <source>%n min early</source>
        <translation>
            <numerusform>%n min early</numerusform>
            <numerusform>%n min early</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="109" />
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="110" />
        <source>%1 – open the agenda</source>
        <translation>%1 – open the agenda</translation>
    </message>
</context>
</TS>
