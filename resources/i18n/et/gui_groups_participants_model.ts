<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Present</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Amet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Checked in: present today</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Kohalolek märkimata</translation>
    </message>
</context>
</TS>
