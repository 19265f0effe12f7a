<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <source>&amp;Seminar</source>
        <translation>&amp;Seminar</translation>
    </message>
    <message>
        <source>The note could not be saved to the workshop file. It is still in the field; check that the file is there and writable, then type again.</source>
        <translation>The note could not be saved to the workshop file. It is still in the field; check that the file is there and writable, then type again.</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <source>The usual day: %1</source>
        <translation>The usual day: %1</translation>
    </message>
    <message>
        <source>%1 min a municipality</source>
        <translation>%1 min a municipality</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation> (absent)</translation>
    </message>
    <message>
        <source> (moved later)</source>
        <translation> (moved later)</translation>
    </message>
    <message>
        <source>%1–%2  Opening</source>
        <translation>%1–%2  Opening</translation>
    </message>
    <message>
        <source>%1–%2  Discussion</source>
        <translation>%1–%2  Discussion</translation>
    </message>
    <message>
        <source>%1–%2  Closing</source>
        <translation>%1–%2  Closing</translation>
    </message>
    <message>
        <source>The seminar is over</source>
        <translation>The seminar is over</translation>
    </message>
    <message>
        <source>Municipality %1 of %2</source>
        <translation>Municipality %1 of %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Ends as planned at %1</source>
        <translation>Ends as planned at %1</translation>
    </message>
    <message>
        <source>Ends about %1</source>
        <translation>Ends about %1</translation>
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
        <source>&amp;Start the seminar</source>
        <translation>&amp;Start the seminar</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Start the seminar</source>
        <translation>Start the seminar</translation>
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
        <source>Next municipality</source>
        <translation>Next municipality</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Add a minute</translation>
    </message>
    <message>
        <source>Take a minute away</source>
        <translation>Take a minute away</translation>
    </message>
    <message>
        <source>End the seminar</source>
        <translation>End the seminar</translation>
    </message>
    <message>
        <source>Reopen the seminar</source>
        <translation>Reopen the seminar</translation>
    </message>
    <message>
        <source>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</source>
        <translation>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</translation>
    </message>
</context>
</TS>
