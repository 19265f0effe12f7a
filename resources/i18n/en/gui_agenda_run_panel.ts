<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>RunPanel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Timer paused</source>
        <translation>Timer paused</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>The day is over</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Next presenter</source>
        <translation>Next presenter</translation>
    </message>
    <message>
        <source>Presenting: %1 (%2/%3)</source>
        <translation>Presenting: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>Presentations in all: %1</source>
        <translation>Presentations in all: %1</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <source>Next: %1 %2</source>
        <translation>Next: %1 %2</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>planned end %1</translation>
    </message>
    <message>
        <source>ended at %1</source>
        <translation>ended at %1</translation>
    </message>
    <message>
        <source>end %1, %2</source>
        <translation>end %1, %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
</context>
</TS>
