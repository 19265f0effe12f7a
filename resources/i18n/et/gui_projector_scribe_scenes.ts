<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>TallyScene</name>
    <message>
        <source>Vote: scan the code</source>
        <translation>Hääletus: skaneeri kood</translation>
    </message>
    <message>
        <source>Dot vote: the result</source>
        <translation>Täpihääletuse tulemus</translation>
    </message>
</context>
</TS>
