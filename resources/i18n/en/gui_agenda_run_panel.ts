<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="56" />
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="58" />
        <source>Timer paused</source>
        <translation>Timer paused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="60" />
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="239" />
        <source>The day is over</source>
        <translation>The day is over</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="61" />
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="140" />
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="144" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="149" />
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="152" />
        <source>Next presenter</source>
        <translation>Next presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="200" />
        <source>Presenting: %1 (%2/%3)</source>
        <translation>Presenting: %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="201" />
        <source>Presentations in all: %1</source>
        <translation>Presentations in all: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="207" />
        <source>Time %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="212" />
        <source>Next: %1 %2</source>
        <translation>Next: %1 %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="217" />
        <source>planned end %1</source>
        <translation>planned end %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="219" />
        <source>ended at %1</source>
        <translation>ended at %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="221" />
        <source>end %1, %2</source>
        <translation>end %1, %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="223" />
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/run_panel.py" line="233" />
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
</TS>
