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
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Jump to block</source>
        <translation>&amp;Jump to block</translation>
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
        <source>Starts at %1: %2</source>
        <translation>Starts at %1: %2</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>The timer could not be saved to the workshop file, so it did not change. Check that the file is still there and writable, then try again.</source>
        <translation>The timer could not be saved to the workshop file, so it did not change. Check that the file is still there and writable, then try again.</translation>
    </message>
    <message>
        <source>Start the day</source>
        <translation>Start the day</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pause the timer</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Resume the timer</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Next block</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Previous block</translation>
    </message>
    <message>
        <source>Next presenter</source>
        <translation>Next presenter</translation>
    </message>
    <message>
        <source>Previous presenter</source>
        <translation>Previous presenter</translation>
    </message>
    <message>
        <source>Jump to a block</source>
        <translation>Jump to a block</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) more</source>
        <translation>
            <numerusform>%n minute more</numerusform>
            <numerusform>%n minutes more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) less</source>
        <translation>
            <numerusform>%n minute less</numerusform>
            <numerusform>%n minutes less</numerusform>
        </translation>
    </message>
    <message>
        <source>End the day</source>
        <translation>End the day</translation>
    </message>
    <message>
        <source>End the day now? The timer stops and the record of the day is kept. Timer › Reopen the day goes on from the last block.</source>
        <translation>End the day now? The timer stops and the record of the day is kept. Timer › Reopen the day goes on from the last block.</translation>
    </message>
    <message>
        <source>End the day</source>
        <comment>button</comment>
        <translation>End the day</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <translation>Reopen the day</translation>
    </message>
    <message>
        <source>Open the ended day again? It goes back to its last block, paused; press Space to go on.</source>
        <translation>Open the ended day again? It goes back to its last block, paused; press Space to go on.</translation>
    </message>
    <message>
        <source>Reopen the day</source>
        <comment>button</comment>
        <translation>Reopen the day</translation>
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
        <source>Reset the timer</source>
        <comment>button</comment>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <source>Catch up with the day</source>
        <translation>Catch up with the day</translation>
    </message>
    <message>
        <source>This block is running. Go to another block (or end the day) before deleting it.</source>
        <translation>This block is running. Go to another block (or end the day) before deleting it.</translation>
    </message>
    <message>
        <source>“%1” runs %2 min past the fixed start %3.</source>
        <translation>“%1” runs %2 min past the fixed start %3.</translation>
    </message>
</context>
</TS>
