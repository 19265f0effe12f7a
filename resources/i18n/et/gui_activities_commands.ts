<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ActivityCommands</name>
    <message>
        <source>Merge “%1” into “%2”</source>
        <extracomment>edits of these fields typed with pauses merge into one undo step</extracomment>
        <translation>Ühenda „%1“ omavalitsusega „%2“</translation>
    </message>
</context>
</TS>
