<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CompactClock</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="42" />
        <source>Open the agenda</source>
        <translation>Ava ajakava</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="88" />
        <source>Agenda</source>
        <translation>Ajakava</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="92" />
        <source>day over</source>
        <translation>päev on läbi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="94" />
        <source>not started</source>
        <translation>pole alanud</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="105" />
        <source>%n min late</source>
        <translation>
            <numerusform>%n min hiljaks</numerusform>
            <numerusform>%n min hiljaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="107" />
        <source>%n min early</source>
        <translation>
            <numerusform>%n min ees</numerusform>
            <numerusform>%n min ees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="109" />
        <source>on time</source>
        <translation>graafikus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/compact_clock.py" line="110" />
        <source>%1 – open the agenda</source>
        <translation>%1 – ava ajakava</translation>
    </message>
</context>
</TS>
