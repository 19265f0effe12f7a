<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>RunPanel</name>
    <message>
        <source>Running</source>
        <translation>Käib</translation>
    </message>
    <message>
        <source>Timer paused</source>
        <translation>Taimer peatatud</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>Päev on läbi</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pole alanud</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Eelmine</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Järgmine</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Esitaja</translation>
    </message>
    <message>
        <source>Next presenter</source>
        <translation>Järgmine esitaja</translation>
    </message>
    <message>
        <source>Presenting: %1 (%2/%3)</source>
        <translation>Esitab: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>Presentations in all: %1</source>
        <translation>Esitlusi kokku: %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Kell %1</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Järgmisena: %1 %2</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>plaanitud lõpp %1</translation>
    </message>
    <message>
        <source>ended at %1</source>
        <translation>lõppes kell %1</translation>
    </message>
    <message>
        <source>end %1, %2</source>
        <translation>lõpp %1, %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>graafikus</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Järgmisena: %1</translation>
    </message>
</context>
</TS>
