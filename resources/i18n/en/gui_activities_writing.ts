<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityWriting</name>
    <message>
        <source>Type the activity&apos;s title first.</source>
        <translation>Type the activity&apos;s title first.</translation>
    </message>
    <message>
        <source>Not saved: %1 The text is still here; try again.</source>
        <translation>Not saved: %1 The text is still here; try again.</translation>
    </message>
    <message>
        <source>Choose the municipality at the top of the ideas first, then click the example again.</source>
        <translation>Choose the municipality at the top of the ideas first, then click the example again.</translation>
    </message>
    <message>
        <source>“%1” is not in the registration list. Did you mean “%2”?</source>
        <translation>“%1” is not in the registration list. Did you mean “%2”?</translation>
    </message>
    <message>
        <source>An activity needs a municipality; the municipality was kept.</source>
        <translation>An activity needs a municipality; the municipality was kept.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back (Ctrl+Z).</source>
        <translation>Deleted “%1”. Undo brings it back (Ctrl+Z).</translation>
    </message>
    <message>
        <source>“%1” moved to %2.</source>
        <translation>“%1” moved to %2.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>“%1” merged into “%2”.</translation>
    </message>
    <message>
        <source>The workshop file could not be written. Check that the disk has room and the file is still there.</source>
        <translation>The workshop file could not be written. Check that the disk has room and the file is still there.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>The change could not be saved to the workshop file.</source>
        <translation>The change could not be saved to the workshop file.</translation>
    </message>
</context>
</TS>
