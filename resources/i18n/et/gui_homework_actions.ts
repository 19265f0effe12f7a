<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ExportPage</name>
    <message>
        <source>Compile homework pack</source>
        <translation>Koosta kodutööpakett</translation>
    </message>
    <message>
        <source>Compile the homework pack (Ctrl+E)</source>
        <translation>Koosta kodutööpakett (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Liiguta üles</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Liiguta üles (Alt+Üles)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Liiguta alla</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Liiguta alla (Alt+Alla)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>Follow-up seminar details…</source>
        <translation>Jätkuseminari andmed…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ava kaust</translation>
    </message>
</context>
</TS>
