<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>GroupColumn</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="142"/>
        <source>%1 people, %2 municipalities</source>
        <translation>%1 people, %2 municipalities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="148"/>
        <source>presenter</source>
        <translation>presenter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="154"/>
        <source>Locked: stays in this group when groups are assigned again</source>
        <translation>Locked: stays in this group when groups are assigned again</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="162"/>
        <source>Presents the group&apos;s results</source>
        <translation>Presents the group&apos;s results</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/columns.py" line="165"/>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
</context>
</TS>
