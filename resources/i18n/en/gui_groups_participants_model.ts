<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="73"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="73"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="73"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="74"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="74"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="90"/>
        <source>Checked in: present today</source>
        <translation>Checked in: present today</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/groups/participants_model.py" line="91"/>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
</context>
</TS>
