<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ActivityDelegate</name>
    <message>
        <source>digital</source>
        <extracomment>lines a title may take in the list before it is cut with &quot;…&quot;</extracomment>
        <translation>digi</translation>
    </message>
</context>
</TS>
