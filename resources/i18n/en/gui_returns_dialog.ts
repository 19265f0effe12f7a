<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ReturnsDialog</name>
    <message>
        <source>Import returned homework</source>
        <translation>Import returned homework</translation>
    </message>
    <message>
        <source>Choose the completed homework packs (.docx) the municipalities sent back, or a folder of them. Check what would change; nothing is written until you press Import.</source>
        <translation>Choose the completed homework packs (.docx) the municipalities sent back, or a folder of them. Check what would change; nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>Import under the &amp;new name</source>
        <translation>Import under the &amp;new name</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stop reading</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose returned homework</source>
        <translation>Choose returned homework</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word documents (*.docx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Reading stopped; the files not read yet were left out. Add them again to read them.</source>
        <translation>Reading stopped; the files not read yet were left out. Add them again to read them.</translation>
    </message>
    <message>
        <source>The files could not be read; nothing was changed. Check that they are not open elsewhere and try again.</source>
        <translation>The files could not be read; nothing was changed. Check that they are not open elsewhere and try again.</translation>
    </message>
    <message>
        <source>Reading %1 (%2/%3)</source>
        <translation>Reading %1 (%2/%3)</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Reading the documents…</source>
        <translation>Reading the documents…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 new, %2 changed, %3 unchanged</translation>
    </message>
    <message>
        <source>Answer %1)</source>
        <translation>Answer %1)</translation>
    </message>
    <message>
        <source>Homework answer</source>
        <translation>Homework answer</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>No files chosen yet.</translation>
    </message>
    <message>
        <source>These packs change nothing: they were imported already, or the teams changed nothing.</source>
        <translation>These packs change nothing: they were imported already, or the teams changed nothing.</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) to import.</source>
        <translation>
            <numerusform>%n municipality(ies) to import.</numerusform>
            <numerusform>%n municipality(ies) to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import returned homework (%1)</source>
        <translation>Import returned homework (%1)</translation>
    </message>
    <message>
        <source>The homework could not be written into the workshop file; nothing was changed. Check that the file is not read-only and try again.</source>
        <translation>The homework could not be written into the workshop file; nothing was changed. Check that the file is not read-only and try again.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import failed; the workshop file was not changed.</source>
        <translation>Undoing or redoing the import failed; the workshop file was not changed.</translation>
    </message>
</context>
</TS>
