<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeminarPage</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="85"/>
        <source>&amp;Seminar</source>
        <translation>&amp;Seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="98"/>
        <source>The note could not be saved to the workshop file. It is still in the field; check that the file is there and writable, then type again.</source>
        <translation>The note could not be saved to the workshop file. It is still in the field; check that the file is there and writable, then type again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="110"/>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="264"/>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="450"/>
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="150"/>
        <source>The usual day: %1</source>
        <translation>The usual day: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="153"/>
        <source>%1 min a municipality</source>
        <translation>%1 min a municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="171"/>
        <source> (absent)</source>
        <translation> (absent)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="171"/>
        <source> (moved later)</source>
        <translation> (moved later)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="185"/>
        <source>%1–%2  Opening</source>
        <translation>%1–%2  Opening</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="189"/>
        <source>%1–%2  Discussion</source>
        <translation>%1–%2  Discussion</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="191"/>
        <source>%1–%2  Closing</source>
        <translation>%1–%2  Closing</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="213"/>
        <source>The seminar is over</source>
        <translation>The seminar is over</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="222"/>
        <source>Municipality %1 of %2</source>
        <translation>Municipality %1 of %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="233"/>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="260"/>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="235"/>
        <source>Ends as planned at %1</source>
        <translation>Ends as planned at %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="238"/>
        <source>Ends about %1</source>
        <translation>Ends about %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="240"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="241"/>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="242"/>
        <source>&amp;Start the seminar</source>
        <translation>&amp;Start the seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="265"/>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="294"/>
        <source>Start the seminar</source>
        <translation>Start the seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="294"/>
        <source>Pause the timer</source>
        <translation>Pause the timer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="295"/>
        <source>Resume the timer</source>
        <translation>Resume the timer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="299"/>
        <source>Next municipality</source>
        <translation>Next municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="302"/>
        <source>Previous item</source>
        <translation>Previous item</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="305"/>
        <source>Add a minute</source>
        <translation>Add a minute</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="308"/>
        <source>Take a minute away</source>
        <translation>Take a minute away</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="311"/>
        <source>End the seminar</source>
        <translation>End the seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="314"/>
        <source>Reopen the seminar</source>
        <translation>Reopen the seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="416"/>
        <source>Folder for the seminar summary</source>
        <translation>Folder for the seminar summary</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="436"/>
        <source>The summary could not be written into %1. Choose a folder you can write to and try again.</source>
        <translation>The summary could not be written into %1. Choose a folder you can write to and try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/page.py" line="445"/>
        <source>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</source>
        <translation>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</translation>
    </message>
</context>
</TS>
