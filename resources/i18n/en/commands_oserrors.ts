<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CliFiles</name>
    <message>
        <source>%1: the disk is full; free some space and try again</source>
        <translation>%1: the disk is full; free some space and try again</translation>
    </message>
    <message>
        <source>%1: the disk is read-only; choose a folder you can write to</source>
        <translation>%1: the disk is read-only; choose a folder you can write to</translation>
    </message>
    <message>
        <source>%1: permission denied; choose a file or folder you can write to</source>
        <translation>%1: permission denied; choose a file or folder you can write to</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1: already exists; choose another name</translation>
    </message>
    <message>
        <source>%1: is a file, not a folder; give a folder</source>
        <translation>%1: is a file, not a folder; give a folder</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name</source>
        <translation>%1: is a folder; give a file name</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no such file or folder</translation>
    </message>
    <message>
        <source>%1: could not be read or written (%2)</source>
        <translation>%1: could not be read or written (%2)</translation>
    </message>
    <message>
        <source>%1: the file is sound, but the %2 beside it does not belong to it (it is from another workshop or another copy of this one). Move %2 to another folder (keep it) and open the file again</source>
        <translation>%1: the file is sound, but the %2 beside it does not belong to it (it is from another workshop or another copy of this one). Move %2 to another folder (keep it) and open the file again</translation>
    </message>
    <message>
        <source>%1: the file is not damaged, but its last changes wait in %2 beside it, which cannot be read on a read-only medium. Copy the file together with %2 to a folder you can write to and open it there</source>
        <translation>%1: the file is not damaged, but its last changes wait in %2 beside it, which cannot be read on a read-only medium. Copy the file together with %2 to a folder you can write to and open it there</translation>
    </message>
    <message>
        <source>%1: is a file, not a folder; give %2 a folder (it is created when it does not exist)</source>
        <translation>%1: is a file, not a folder; give %2 a folder (it is created when it does not exist)</translation>
    </message>
    <message>
        <source>%1: not written: the disk is full; free some space and try again</source>
        <translation>%1: not written: the disk is full; free some space and try again</translation>
    </message>
    <message>
        <source>%1: not written: the folder %2 is read-only; write to a folder you can write to</source>
        <translation>%1: not written: the folder %2 is read-only; write to a folder you can write to</translation>
    </message>
    <message>
        <source>%1: not written: is a folder; give a file name ending in .docx</source>
        <translation>%1: not written: is a folder; give a file name ending in .docx</translation>
    </message>
    <message>
        <source>%1: not written: %2 is not a folder</source>
        <translation>%1: not written: %2 is not a folder</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1: not written: %2</translation>
    </message>
</context>
</TS>
