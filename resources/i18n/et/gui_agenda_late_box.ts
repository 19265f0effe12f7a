<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>LateBox</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="32" />
        <source>%n min less for the running block</source>
        <translation>käesolevale plokile %n min vähem</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="35" />
        <source>“%1” %2 min shorter</source>
        <translation>„%1“ %2 min lühem</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="38" />
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="42" />
        <source>%n more fixed start(s) later</source>
        <translation>veel %n kindel algusaeg hiljem</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="46" />
        <source>Ends on time</source>
        <translation>Lõpp graafikus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="48" />
        <source>Still %n min late</source>
        <translation>Ikka %n min hiljem</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="92" />
        <source>Running %1 min late for %2.</source>
        <extracomment>the trainer chose a plan shown or hidden (its scroll area follows)</extracomment>
        <translation>Hilinemine %1 min (kindel algusaeg %2).</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="95" />
        <source>The day ends at %1, %2 min late.</source>
        <translation>Päev lõpeb kell %1, %2 min hiljem.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="98" />
        <source>Choose a plan to catch up (Ctrl+Z takes it back):</source>
        <translation>Vali plaan, et aeg tasa teha (Ctrl+Z võtab selle tagasi):</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/late_box.py" line="101" />
        <source>No later block can give time: use −1 minute on this one.</source>
        <translation>Ükski hilisem plokk ei saa lüheneda: lühenda käesolevat plokki (−1 minut).</translation>
    </message>
</context>
</TS>
