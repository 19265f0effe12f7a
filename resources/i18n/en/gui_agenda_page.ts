<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="143"/>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="243"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="155"/>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="510"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="156"/>
        <source>&amp;Next block</source>
        <translation>&amp;Next block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="158"/>
        <source>&amp;Previous block</source>
        <translation>&amp;Previous block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="160"/>
        <source>Jump to the &amp;selected block</source>
        <translation>Jump to the &amp;selected block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="162"/>
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="164"/>
        <source>−1 minute</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="166"/>
        <source>+5 minutes</source>
        <translation>+5 minutes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="168"/>
        <source>−5 minutes</source>
        <translation>−5 minutes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="170"/>
        <source>&amp;End the day</source>
        <translation>&amp;End the day</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="171"/>
        <source>&amp;Reset the timer…</source>
        <translation>&amp;Reset the timer…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="172"/>
        <source>&amp;Mute the chime</source>
        <translation>&amp;Mute the chime</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="175"/>
        <source>Show the projector &amp;clock</source>
        <translation>Show the projector &amp;clock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="177"/>
        <source>&amp;Add a block</source>
        <translation>&amp;Add a block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="178"/>
        <source>&amp;Delete the block</source>
        <translation>&amp;Delete the block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="181"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="183"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="200"/>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="202"/>
        <source>&amp;Jump to block</source>
        <translation>&amp;Jump to block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="312"/>
        <source>Export as .csv…</source>
        <translation>Export as .csv…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="314"/>
        <source>Export as Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="322"/>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="323"/>
        <source>Planned and actual</source>
        <translation>Planned and actual</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="362"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="366"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="394"/>
        <source>A message for the room, e.g. “Veel 2 minutit”</source>
        <translation>A message for the room, e.g. “Veel 2 minutit”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="398"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="401"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="403"/>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="407"/>
        <source>Projector clock</source>
        <translation>Projector clock</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="410"/>
        <source>Projector:</source>
        <translation>Projector:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="462"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="462"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="463"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="463"/>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="538"/>
        <source>The day is over</source>
        <translation>The day is over</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="481"/>
        <source>Presenting: %1 (%2/%3)</source>
        <translation>Presenting: %1 (%2/%3)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="483"/>
        <source>Presentations in all: %1</source>
        <translation>Presentations in all: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="490"/>
        <source>Time %1</source>
        <translation>Time %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="496"/>
        <source>Next: %1 %2</source>
        <translation>Next: %1 %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="500"/>
        <source>planned end %1</source>
        <translation>planned end %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="502"/>
        <source>end %1, %2</source>
        <translation>end %1, %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="504"/>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="508"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="509"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="523"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="533"/>
        <source>Starts at %1: %2</source>
        <translation>Starts at %1: %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="579"/>
        <source>Running %1 min late for %2. Shorten a later block to catch up:</source>
        <translation>Running %1 min late for %2. Shorten a later block to catch up:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="581"/>
        <source>Running %1 min late for %2. No later block before it can absorb the delay: use −1 minute on this one, or move the anchor.</source>
        <translation>Running %1 min late for %2. No later block before it can absorb the delay: use −1 minute on this one, or move the anchor.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="585"/>
        <source>Shorten “%1” by %2 min</source>
        <translation>Shorten “%1” by %2 min</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="601"/>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="602"/>
        <source>The timer could not be saved to the workshop file: %1</source>
        <translation>The timer could not be saved to the workshop file: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="637"/>
        <source>Reset the timer</source>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="638"/>
        <source>Start the day&apos;s timer again from the beginning? The times recorded so far are left out of the planned and actual table.</source>
        <translation>Start the day&apos;s timer again from the beginning? The times recorded so far are left out of the planned and actual table.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="690"/>
        <source>This block is running. Go to another block (or end the day) before deleting it.</source>
        <translation>This block is running. Go to another block (or end the day) before deleting it.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="719"/>
        <source>“%1” runs %2 min past the %3 anchor.</source>
        <translation>“%1” runs %2 min past the %3 anchor.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="739"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="740"/>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="750"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="750"/>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="750"/>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="751"/>
        <source>Planned (min)</source>
        <translation>Planned (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="751"/>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="751"/>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="752"/>
        <source>Actual (min)</source>
        <translation>Actual (min)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="752"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="778"/>
        <source>Export as .csv</source>
        <translation>Export as .csv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="779"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="782"/>
        <source>Export as Word</source>
        <translation>Export as Word</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="783"/>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="790"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/page.py" line="791"/>
        <source>The file could not be written: %1. Choose another folder and try again.</source>
        <translation>The file could not be written: %1. Choose another folder and try again.</translation>
    </message>
</context>
</TS>
