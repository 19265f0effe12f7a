<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ReturnsDialog</name>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="61"/>
        <source>Import returned homework</source>
        <translation>Import returned homework</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="64"/>
        <source>Choose the completed homework packs (.docx) the municipalities sent back, or a folder of them. Check what would change; nothing is written until you press Import.</source>
        <translation>Choose the completed homework packs (.docx) the municipalities sent back, or a folder of them. Check what would change; nothing is written until you press Import.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="70"/>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="71"/>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="72"/>
        <source>Import under the &amp;new name</source>
        <translation>Import under the &amp;new name</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="83"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="83"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="84"/>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="94"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="105"/>
        <source>Choose returned homework</source>
        <translation>Choose returned homework</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="106"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word documents (*.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="111"/>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="131"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="131"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="132"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="136"/>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 new, %2 changed, %3 unchanged</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="158"/>
        <source>Answer %1)</source>
        <translation>Answer %1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="159"/>
        <source>Homework answer</source>
        <translation>Homework answer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="160"/>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="162"/>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="167"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="178"/>
        <source>No files chosen yet.</source>
        <translation>No files chosen yet.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="180"/>
        <source>These packs change nothing: they were imported already, or the teams changed nothing.</source>
        <translation>These packs change nothing: they were imported already, or the teams changed nothing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="183"/>
        <source>%n municipality(ies) to import.</source>
        <translation>
            <numerusform>%n municipality(ies) to import.</numerusform>
            <numerusform>%n municipality(ies) to import.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="193"/>
        <source>Import returned homework (%1)</source>
        <translation>Import returned homework (%1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="198"/>
        <source>The homework could not be written into the workshop file; nothing was changed. Check that the file is not read-only and try again.</source>
        <translation>The homework could not be written into the workshop file; nothing was changed. Check that the file is not read-only and try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/returns/dialog.py" line="205"/>
        <source>Undoing or redoing the import failed; the workshop file was not changed.</source>
        <translation>Undoing or redoing the import failed; the workshop file was not changed.</translation>
    </message>
</context>
</TS>
