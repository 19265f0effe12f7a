<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Next block</source>
        <translation>&amp;Next block</translation>
    </message>
    <message>
        <source>&amp;Previous block</source>
        <translation>&amp;Previous block</translation>
    </message>
    <message>
        <source>Jump to the &amp;selected block</source>
        <translation>Jump to the &amp;selected block</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <source>−1 minute</source>
        <translation>−1 minute</translation>
    </message>
    <message>
        <source>+5 minutes</source>
        <translation>+5 minutes</translation>
    </message>
    <message>
        <source>−5 minutes</source>
        <translation>−5 minutes</translation>
    </message>
    <message>
        <source>&amp;End the day</source>
        <translation>&amp;End the day</translation>
    </message>
    <message>
        <source>&amp;Reset the timer…</source>
        <translation>&amp;Reset the timer…</translation>
    </message>
    <message>
        <source>&amp;Mute the chime</source>
        <translation>&amp;Mute the chime</translation>
    </message>
    <message>
        <source>Show the projector &amp;clock</source>
        <translation>Show the projector &amp;clock</translation>
    </message>
    <message>
        <source>&amp;Add a block</source>
        <translation>&amp;Add a block</translation>
    </message>
    <message>
        <source>&amp;Delete the block</source>
        <translation>&amp;Delete the block</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Jump to block</source>
        <translation>&amp;Jump to block</translation>
    </message>
    <message>
        <source>Export as .csv…</source>
        <translation>Export as .csv…</translation>
    </message>
    <message>
        <source>Export as Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>Planned and actual</source>
        <translation>Planned and actual</translation>
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
        <source>A message for the room, e.g. “Veel 2 minutit”</source>
        <translation>A message for the room, e.g. “2 more minutes”</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Blackout</source>
        <translation>Blackout</translation>
    </message>
    <message>
        <source>Projector clock</source>
        <translation>Projector clock</translation>
    </message>
    <message>
        <source>Projector:</source>
        <translation>Projector:</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>The day is over</source>
        <translation>The day is over</translation>
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
        <source>end %1, %2</source>
        <translation>end %1, %2</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Starts at %1: %2</source>
        <translation>Starts at %1: %2</translation>
    </message>
    <message>
        <source>Running %1 min late for %2. Shorten a later block to catch up:</source>
        <translation>Running %1 min late for %2. Shorten a later block to catch up:</translation>
    </message>
    <message>
        <source>Running %1 min late for %2. No later block before it can absorb the delay: use −1 minute on this one, or move the anchor.</source>
        <translation>Running %1 min late for %2. No later block before it can absorb the delay: use −1 minute on this one, or move the anchor.</translation>
    </message>
    <message>
        <source>Shorten “%1” by %2 min</source>
        <translation>Shorten “%1” by %2 min</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>The timer could not be saved to the workshop file: %1</source>
        <translation>The timer could not be saved to the workshop file: %1</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <source>Start the day&apos;s timer again from the beginning? The times recorded so far are left out of the planned and actual table.</source>
        <translation>Start the day&apos;s timer again from the beginning? The times recorded so far are left out of the planned and actual table.</translation>
    </message>
    <message>
        <source>This block is running. Go to another block (or end the day) before deleting it.</source>
        <translation>This block is running. Go to another block (or end the day) before deleting it.</translation>
    </message>
    <message>
        <source>“%1” runs %2 min past the %3 anchor.</source>
        <translation>“%1” runs %2 min past the %3 anchor.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planned start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <source>Planned (min)</source>
        <translation>Planned (min)</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Actual start</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>Actual (min)</source>
        <translation>Actual (min)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Export as .csv</source>
        <translation>Export as .csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export as Word</source>
        <translation>Export as Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The file could not be written: %1. Choose another folder and try again.</source>
        <translation>The file could not be written: %1. Choose another folder and try again.</translation>
    </message>
</context>
</TS>
