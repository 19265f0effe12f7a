<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="140"/>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="234"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="152"/>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="500"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="153"/>
        <source>&amp;Next block</source>
        <translation>&amp;Next block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="155"/>
        <source>&amp;Previous block</source>
        <translation>&amp;Previous block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="157"/>
        <source>Jump to the &amp;selected block</source>
        <translation>Jump to the &amp;selected block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="159"/>
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="161"/>
        <source>−1 minute</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="163"/>
        <source>+5 minutes</source>
        <translation>+5 minutes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="165"/>
        <source>−5 minutes</source>
        <translation>−5 minutes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="167"/>
        <source>&amp;End the day</source>
        <translation>&amp;End the day</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="168"/>
        <source>&amp;Reset the timer…</source>
        <translation>&amp;Reset the timer…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="169"/>
        <source>&amp;Mute the chime</source>
        <translation>&amp;Mute the chime</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="172"/>
        <source>Show the projector &amp;clock</source>
        <translation>Show the projector &amp;clock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="174"/>
        <source>&amp;Add a block</source>
        <translation>&amp;Add a block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="175"/>
        <source>&amp;Delete the block</source>
        <translation>&amp;Delete the block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="178"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="180"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="191"/>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="193"/>
        <source>&amp;Jump to block</source>
        <translation>&amp;Jump to block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="303"/>
        <source>Export as .csv…</source>
        <translation>Export as .csv…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="305"/>
        <source>Export as Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="313"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="314"/>
        <source>Planned and actual</source>
        <translation>Planned and actual</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="353"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="357"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="385"/>
        <source>A message for the room, e.g. “Veel 2 minutit”</source>
        <translation>A message for the room, e.g. “Veel 2 minutit”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="389"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="392"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="394"/>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="398"/>
        <source>Projector clock</source>
        <translation>Projector clock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="401"/>
        <source>Projector:</source>
        <translation>Projector:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="452"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="452"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="453"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="453"/>
        <source>The day is over</source>
        <translation>The day is over</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="471"/>
        <source>Presenting: %1 (%2/%3)</source>
        <translation>Presenting: %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="473"/>
        <source>Presentations in all: %1</source>
        <translation>Presentations in all: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="480"/>
        <source>Time %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="486"/>
        <source>Next: %1 %2</source>
        <translation>Next: %1 %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="490"/>
        <source>planned end %1</source>
        <translation>planned end %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="492"/>
        <source>end %1, %2</source>
        <translation>end %1, %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="494"/>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="498"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="499"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="513"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="556"/>
        <source>Running %1 min late for %2. Shorten a later block to catch up:</source>
        <translation>Running %1 min late for %2. Shorten a later block to catch up:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="558"/>
        <source>Running %1 min late for %2. No later block before it can absorb the delay: use −1 minute on this one, or move the anchor.</source>
        <translation>Running %1 min late for %2. No later block before it can absorb the delay: use −1 minute on this one, or move the anchor.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="562"/>
        <source>Shorten “%1” by %2 min</source>
        <translation>Shorten “%1” by %2 min</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="577"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="578"/>
        <source>The timer could not be saved to the workshop file: %1</source>
        <translation>The timer could not be saved to the workshop file: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="610"/>
        <source>Reset the timer</source>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="611"/>
        <source>Start the day&apos;s timer again from the beginning? The times recorded so far are left out of the planned and actual table.</source>
        <translation>Start the day&apos;s timer again from the beginning? The times recorded so far are left out of the planned and actual table.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="686"/>
        <source>“%1” runs %2 min past the %3 anchor.</source>
        <translation>“%1” runs %2 min past the %3 anchor.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="706"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="707"/>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="717"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="717"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="717"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="718"/>
        <source>Planned (min)</source>
        <translation>Planned (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="718"/>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="718"/>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="719"/>
        <source>Actual (min)</source>
        <translation>Actual (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="719"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="745"/>
        <source>Export as .csv</source>
        <translation>Export as .csv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="746"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="749"/>
        <source>Export as Word</source>
        <translation>Export as Word</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="750"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="757"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda_page.py" line="758"/>
        <source>The file could not be written: %1. Choose another folder and try again.</source>
        <translation>The file could not be written: %1. Choose another folder and try again.</translation>
    </message>
</context>
</TS>
