<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>LateBox</name>
    <message numerus="yes">
        <source>%n min less for the running block</source>
        <extracomment>the trainer chose a plan shown or hidden (its scroll area follows)</extracomment>
        <translation>
            <numerusform>käesolevale plokile %n min vähem</numerusform>
            <numerusform>käesolevale plokile %n min vähem</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” %2 min shorter</source>
        <translation>„%1“ %2 min lühem</translation>
    </message>
    <message numerus="yes">
        <source>%n more fixed start(s) later</source>
        <translation>
            <numerusform>veel %n kindel algusaeg hiljem</numerusform>
            <numerusform>veel %n kindlat algusaega hiljem</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” %2 → %3</source>
        <translation>„%1“ %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Ends on time, %n fixed start(s) later</source>
        <translation>
            <numerusform>Lõpp graafikus, %n kindel algusaeg hiljem</numerusform>
            <numerusform>Lõpp graafikus, %n kindlat algusaega hiljem</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends on time, fixed starts kept</source>
        <translation>Lõpp graafikus, algusajad paigas</translation>
    </message>
    <message numerus="yes">
        <source>Still %n min late</source>
        <translation>
            <numerusform>Ikka %n min hiljem</numerusform>
            <numerusform>Ikka %n min hiljem</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 min late for %2.</source>
        <translation>Hilinemine %1 min (kindel algusaeg %2).</translation>
    </message>
    <message>
        <source>The day ends at %1, %2 min late.</source>
        <translation>Päev lõpeb kell %1, %2 min hiljem.</translation>
    </message>
    <message>
        <source>Choose a plan to catch up (Ctrl+Z takes it back):</source>
        <translation>Vali plaan, et aeg tasa teha (Ctrl+Z võtab selle tagasi):</translation>
    </message>
    <message>
        <source>No later block can give time: use −1 minute on this one.</source>
        <translation>Ükski hilisem plokk ei saa lüheneda: lühenda käesolevat plokki (−1 minut).</translation>
    </message>
</context>
</TS>
