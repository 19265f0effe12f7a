<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupColumn</name>
    <message>
        <source>%1 people, %2 municipalities</source>
        <translation>%1 people, %2 municipalities</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>presenter</translation>
    </message>
    <message>
        <source>Locked: stays in this group when groups are assigned again</source>
        <translation>Locked: stays in this group when groups are assigned again</translation>
    </message>
    <message>
        <source>Presents the group&apos;s results</source>
        <translation>Presents the group&apos;s results</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
</context>
</TS>
