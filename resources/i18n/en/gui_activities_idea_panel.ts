<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>IdeaPanel</name>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Click an example to add it as an activity; edit it afterwards to say what exactly the municipality will do.</source>
        <translation>Click an example to add it as an activity; edit it afterwards to say what exactly the municipality will do.</translation>
    </message>
    <message>
        <source>Add “%1” as an activity</source>
        <translation>Add “%1” as an activity</translation>
    </message>
    <message>
        <source>Adds to: %1</source>
        <translation>Adds to: %1</translation>
    </message>
</context>
</TS>
