<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>CompactClock</name>
    <message>
        <source>Open the agenda</source>
        <translation>Ava ajakava</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ajakava</translation>
    </message>
    <message>
        <source>day over</source>
        <translation>päev on läbi</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pole alanud</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n min hiljaks</numerusform>
            <numerusform>%n min hiljaks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n min ees</numerusform>
            <numerusform>%n min ees</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>graafikus</translation>
    </message>
    <message>
        <source>%1 – open the agenda</source>
        <translation>%1 – ava ajakava</translation>
    </message>
</context>
</TS>
