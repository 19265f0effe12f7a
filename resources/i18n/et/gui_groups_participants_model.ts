<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="73"/>
        <source>Present</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="73"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="73"/>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="73"/>
        <source>Role</source>
        <translation>Amet</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="74"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="74"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="90"/>
        <source>Checked in: present today</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="91"/>
        <source>Not checked in</source>
        <translation>Pole kohale tulnuks märgitud</translation>
    </message>
</context>
</TS>
