<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>LateBox</name>
    <message numerus="yes">
        <source>%n min less for the running block</source>
        <extracomment>the trainer chose a plan shown or hidden (its scroll area follows)</extracomment>
        <translation>
            <numerusform>%n min less for the running block</numerusform>
            <numerusform>%n min less for the running block</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” %2 min shorter</source>
        <translation>“%1” %2 min shorter</translation>
    </message>
    <message numerus="yes">
        <source>%n more fixed start(s) later</source>
        <translation>
            <numerusform>%n more fixed start later</numerusform>
            <numerusform>%n more fixed starts later</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” %2 → %3</source>
        <translation>“%1” %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Ends on time, %n fixed start(s) later</source>
        <translation>
            <numerusform>Ends on time, %n fixed start later</numerusform>
            <numerusform>Ends on time, %n fixed starts later</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends on time, fixed starts kept</source>
        <translation>Ends on time, fixed starts kept</translation>
    </message>
    <message numerus="yes">
        <source>Still %n min late</source>
        <translation>
            <numerusform>Still %n min late</numerusform>
            <numerusform>Still %n min late</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 min late for %2.</source>
        <translation>Running %1 min late for %2.</translation>
    </message>
    <message>
        <source>The day ends at %1, %2 min late.</source>
        <translation>The day ends at %1, %2 min late.</translation>
    </message>
    <message>
        <source>Choose a plan to catch up (Ctrl+Z takes it back):</source>
        <translation>Choose a plan to catch up (Ctrl+Z takes it back):</translation>
    </message>
    <message>
        <source>No later block can give time: use −1 minute on this one.</source>
        <translation>No later block can give time: use −1 minute on this one.</translation>
    </message>
</context>
</TS>
