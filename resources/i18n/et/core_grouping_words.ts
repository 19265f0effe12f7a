<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Grouping</name>
    <message>
        <source>spread municipalities over the groups</source>
        <translation>omavalitsused jaotatakse gruppide vahel</translation>
    </message>
    <message>
        <source>each municipality together</source>
        <translation>iga omavalitsus ühes grupis</translation>
    </message>
    <message>
        <source>random</source>
        <translation>juhuslik</translation>
    </message>
    <message numerus="yes">
        <source>Strategy: %1%2. %3 in %n group(s).</source>
        <translation>
            <numerusform>Jaotusviis: %1%2. %3, %n grupp.</numerusform>
            <numerusform>Jaotusviis: %1%2. %3, %n gruppi.</numerusform>
        </translation>
    </message>
    <message>
        <source> (arrangement %1)</source>
        <translation> (jaotuse number %1)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 locked) — %4</source>
        <translation>%1: %2 (lukus %3) — %4</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>%1. grupp</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 ja %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>mitte kedagi</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n inimene</numerusform>
            <numerusform>%n inimest</numerusform>
        </translation>
    </message>
    <message>
        <source>All kept: sizes differ by at most one, every municipality with at least %1 participants is in every group, and no smaller delegation is doubled up.</source>
        <translation>Kõik on täidetud: grupid erinevad suuruselt kõige rohkem ühe inimese võrra, iga vähemalt %1 osalejaga omavalitsus on igas grupis ja väiksemad delegatsioonid pole ühes grupis koos.</translation>
    </message>
    <message>
        <source>All kept: each municipality is in one group.</source>
        <translation>Kõik on täidetud: iga omavalitsus on ühes grupis.</translation>
    </message>
    <message>
        <source>All kept: sizes differ by at most one.</source>
        <translation>Kõik on täidetud: grupid erinevad suuruselt kõige rohkem ühe inimese võrra.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) changed group.</source>
        <translation>
            <numerusform>Gruppi vahetas %n inimene.</numerusform>
            <numerusform>Gruppi vahetas %n inimest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizes differ by more than one (%3 and %4): %5 locked in group(s) %2. Unlock some to even them out.</source>
        <translation>
            <numerusform>Grupid erinevad suuruselt rohkem kui ühe võrra (%3 ja %4): %2 grupis on lukus %5. Vabasta mõni, et suurused ühtlustuksid.</numerusform>
            <numerusform>Grupid erinevad suuruselt rohkem kui ühe võrra (%3 ja %4): %2 grupis on lukus %5. Vabasta mõni, et suurused ühtlustuksid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes differ by more than one (%3 and %4): each municipality stays whole, and the delegations cannot be divided more evenly.</source>
        <translation>Grupid erinevad suuruselt rohkem kui ühe võrra (%3 ja %4): iga omavalitsus jääb terveks ja delegatsioone ei saa ühtlasemalt jagada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%3) is not in group(s) %2: locked memberships leave no room to move one of its people there.</source>
        <translation>
            <numerusform>%1 (%3) pole %2 grupis: lukus liikmed ei jäta ruumi, et sinna keegi tema inimestest tõsta.</numerusform>
            <numerusform>%1 (%3) pole %2 grupis: lukus liikmed ei jäta ruumi, et sinna keegi tema inimestest tõsta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%3) is not in group(s) %2: %4 of its people locked elsewhere.</source>
        <translation>
            <numerusform>%1 (%3) pole %2 grupis: tema inimestest %4 on lukus mujal.</numerusform>
            <numerusform>%1 (%3) pole %2 grupis: tema inimestest %4 on lukus mujal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has two or more people in group(s) %2 while another group has none: they are locked there.</source>
        <translation>
            <numerusform>%1 on %2 grupis mitme inimesega, kuigi mõnes grupis pole kedagi: nad on seal lukus.</numerusform>
            <numerusform>%1 on %2 grupis mitme inimesega, kuigi mõnes grupis pole kedagi: nad on seal lukus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has two or more people in group(s) %2 while another group has none: locked memberships leave no room elsewhere.</source>
        <translation>
            <numerusform>%1 on %2 grupis mitme inimesega, kuigi mõnes grupis pole kedagi: lukus liikmed ei jäta mujal ruumi.</numerusform>
            <numerusform>%1 on %2 grupis mitme inimesega, kuigi mõnes grupis pole kedagi: lukus liikmed ei jäta mujal ruumi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is split between groups %2: its people are locked in different groups.</source>
        <translation>
            <numerusform>%1 on jagatud %2 grupi vahel: tema inimesed on lukus eri gruppides.</numerusform>
            <numerusform>%1 on jagatud %2 grupi vahel: tema inimesed on lukus eri gruppides.</numerusform>
        </translation>
    </message>
</context>
</TS>
