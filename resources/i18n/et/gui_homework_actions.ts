<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="11"/>
        <source>Compile homework pack</source>
        <translation>Koosta kodutööpakett</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="13"/>
        <source>Compile the homework pack (Ctrl+E)</source>
        <translation>Koosta kodutööpakett (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="14"/>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="15"/>
        <source>Move up</source>
        <translation>Liiguta üles</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="17"/>
        <source>Move up (Alt+Up)</source>
        <translation>Liiguta üles (Alt+Üles)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="18"/>
        <source>Move down</source>
        <translation>Liiguta alla</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="20"/>
        <source>Move down (Alt+Down)</source>
        <translation>Liiguta alla (Alt+Alla)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="21"/>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="23"/>
        <source>Follow-up seminar details…</source>
        <translation>Jätkuseminari andmed…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/homework/actions.py" line="25"/>
        <source>Open folder</source>
        <translation>Ava kaust</translation>
    </message>
</context>
</TS>
