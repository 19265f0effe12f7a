<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../../avtoituba/gui/participants_model.py" line="70" />
        <source>Present</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/participants_model.py" line="70" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/participants_model.py" line="70" />
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/participants_model.py" line="70" />
        <source>Role</source>
        <translation>Amet</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/participants_model.py" line="71" />
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/participants_model.py" line="71" />
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/participants_model.py" line="87" />
        <source>Checked in: present today</source>
        <translation>Kohal</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/participants_model.py" line="88" />
        <source>Not checked in</source>
        <translation>Pole kohale tulnuks märgitud</translation>
    </message>
</context>
</TS>
