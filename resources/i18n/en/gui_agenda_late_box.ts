<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>LateBox</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="32" />
        <source>%n min less for the running block</source>
        <translation>%n min less for the running block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="35" />
        <source>“%1” %2 min shorter</source>
        <translation>“%1” %2 min shorter</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="38" />
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="42" />
        <source>%n more fixed start(s) later</source>
        <translation>%n more fixed start later</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="46" />
        <source>Ends on time</source>
        <translation>Ends on time</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="48" />
        <source>Still %n min late</source>
        <translation>Still %n min late</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="92" />
        <source>Running %1 min late for %2.</source>
        <extracomment>the trainer chose a plan shown or hidden (its scroll area follows)</extracomment>
        <translation>Running %1 min late for %2.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="95" />
        <source>The day ends at %1, %2 min late.</source>
        <translation>The day ends at %1, %2 min late.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="98" />
        <source>Choose a plan to catch up (Ctrl+Z takes it back):</source>
        <translation>Choose a plan to catch up (Ctrl+Z takes it back):</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="101" />
        <source>No later block can give time: use −1 minute on this one.</source>
        <translation>No later block can give time: use −1 minute on this one.</translation>
    </message>
</context>
</TS>
