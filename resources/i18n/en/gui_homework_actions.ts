<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="11"/>
        <source>Compile homework pack</source>
        <translation>Compile homework pack</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="13"/>
        <source>Compile the homework pack (Ctrl+E)</source>
        <translation>Compile the homework pack (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="14"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="15"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="17"/>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="18"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="20"/>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="21"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="23"/>
        <source>Follow-up seminar details…</source>
        <translation>Follow-up seminar details…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="25"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
</TS>
