<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="56" />
        <source>Running</source>
        <translation>Käib</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="58" />
        <source>Timer paused</source>
        <translation>Taimer peatatud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="60" />
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="239" />
        <source>The day is over</source>
        <translation>Päev on läbi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="61" />
        <source>Not started</source>
        <translation>Pole alanud</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="140" />
        <source>Previous</source>
        <translation>Eelmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="144" />
        <source>Next</source>
        <translation>Järgmine</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="149" />
        <source>Presenter</source>
        <translation>Esitaja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="152" />
        <source>Next presenter</source>
        <translation>Järgmine esitaja</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="200" />
        <source>Presenting: %1 (%2/%3)</source>
        <translation>Esitab: %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="201" />
        <source>Presentations in all: %1</source>
        <translation>Esitlusi kokku: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="207" />
        <source>Time %1</source>
        <translation>Kell %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="212" />
        <source>Next: %1 %2</source>
        <translation>Järgmisena: %1 %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="217" />
        <source>planned end %1</source>
        <translation>plaanitud lõpp %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="219" />
        <source>ended at %1</source>
        <translation>lõppes kell %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="221" />
        <source>end %1, %2</source>
        <translation>lõpp %1, %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="223" />
        <source>on time</source>
        <translation>graafikus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="233" />
        <source>Next: %1</source>
        <translation>Järgmisena: %1</translation>
    </message>
</context>
</TS>
