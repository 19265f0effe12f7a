<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActivityDelegate</name>
    <message>
        <source>digital</source>
        <extracomment>lines a title may take in the list before it is cut with &quot;…&quot; &quot;no municipality&quot; in amber, readable on a light and on a dark list</extracomment>
        <translation>digital</translation>
    </message>
    <message>
        <source>no municipality</source>
        <translation>no municipality</translation>
    </message>
</context>
</TS>
