<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>IdeaPanel</name>
    <message>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <source>Click an example to add it as an activity; edit it afterwards to say what exactly the municipality will do.</source>
        <translation>Klõpsa näitel, et lisada see tegevusena; täpsusta hiljem, mida omavalitsus täpselt teeb.</translation>
    </message>
    <message>
        <source>Add “%1” as an activity</source>
        <translation>Lisa „%1“ tegevusena</translation>
    </message>
    <message>
        <source>Adds to: %1</source>
        <translation>Lisatakse: %1</translation>
    </message>
</context>
</TS>
