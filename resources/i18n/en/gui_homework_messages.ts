<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportPage</name>
    <message>
        <source>“%1” could not be written: it is open in another program. Close it in Word and compile the pack again.</source>
        <translation>“%1” could not be written: it is open in another program. Close it in Word and compile the pack again.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the folder is read-only. Choose another folder.</source>
        <translation>“%1” could not be written: the folder is read-only. Choose another folder.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the disk is full. Free some space or choose another drive.</source>
        <translation>“%1” could not be written: the disk is full. Free some space or choose another drive.</translation>
    </message>
    <message>
        <source>The Word template “%1” cannot be used. Choose another one in Preferences, or clear it to use the built-in one.</source>
        <translation>The Word template “%1” cannot be used. Choose another one in Preferences, or clear it to use the built-in one.</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2).</source>
        <translation>“%1” could not be written (%2).</translation>
    </message>
    <message>
        <source>The documents written before it are complete; no half-written file was left.</source>
        <translation>The documents written before it are complete; no half-written file was left.</translation>
    </message>
</context>
</TS>
