<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>TallyScene</name>
    <message>
        <source>Vote: scan the code</source>
        <translation>Vote: scan the code</translation>
    </message>
    <message>
        <source>Dot vote: the result</source>
        <translation>Dot vote: the result</translation>
    </message>
</context>
</TS>
