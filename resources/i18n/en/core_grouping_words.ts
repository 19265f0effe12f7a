<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Grouping</name>
    <message>
        <source>spread municipalities over the groups</source>
        <translation>spread municipalities over the groups</translation>
    </message>
    <message>
        <source>each municipality together</source>
        <translation>each municipality together</translation>
    </message>
    <message>
        <source>random</source>
        <translation>random</translation>
    </message>
    <message numerus="yes">
        <source>Strategy: %1%2. %3 in %n group(s).</source>
        <translation>
            <numerusform>Strategy: %1%2. %3 in %n group.</numerusform>
            <numerusform>Strategy: %1%2. %3 in %n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source> (arrangement %1)</source>
        <translation> (arrangement %1)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 locked) — %4</source>
        <translation>%1: %2 (%3 locked) — %4</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>All kept: sizes differ by at most one, every municipality with at least %1 participants is in every group, and no smaller delegation is doubled up.</source>
        <translation>All kept: sizes differ by at most one, every municipality with at least %1 participants is in every group, and no smaller delegation is doubled up.</translation>
    </message>
    <message>
        <source>All kept: each municipality is in one group.</source>
        <translation>All kept: each municipality is in one group.</translation>
    </message>
    <message>
        <source>All kept: sizes differ by at most one.</source>
        <translation>All kept: sizes differ by at most one.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) changed group.</source>
        <translation>
            <numerusform>%n person changed group.</numerusform>
            <numerusform>%n people changed group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sizes differ by more than one (%3 and %4): %5 locked in group(s) %2. Unlock some to even them out.</source>
        <translation>
            <numerusform>Sizes differ by more than one (%3 and %4): group %2 has %5 locked in it. Unlock some to even them out.</numerusform>
            <numerusform>Sizes differ by more than one (%3 and %4): groups %2 have %5 locked in them. Unlock some to even them out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sizes differ by more than one (%3 and %4): each municipality stays whole, and the delegations cannot be divided more evenly.</source>
        <translation>Sizes differ by more than one (%3 and %4): each municipality stays whole, and the delegations cannot be divided more evenly.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%3) is not in group(s) %2: locked memberships leave no room to move one of its people there.</source>
        <translation>
            <numerusform>%1 (%3) is not in group %2: locked memberships leave no room to move one of its people there.</numerusform>
            <numerusform>%1 (%3) is not in groups %2: locked memberships leave no room to move one of its people there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%3) is not in group(s) %2: %4 of its people locked elsewhere.</source>
        <translation>
            <numerusform>%1 (%3) is not in group %2: %4 of its people are locked elsewhere.</numerusform>
            <numerusform>%1 (%3) is not in groups %2: %4 of its people are locked elsewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has two or more people in group(s) %2 while another group has none: they are locked there.</source>
        <translation>
            <numerusform>%1 has two or more people in group %2 while another group has none: they are locked there.</numerusform>
            <numerusform>%1 has two or more people in groups %2 while another group has none: they are locked there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has two or more people in group(s) %2 while another group has none: locked memberships leave no room elsewhere.</source>
        <translation>
            <numerusform>%1 has two or more people in group %2 while another group has none: locked memberships leave no room elsewhere.</numerusform>
            <numerusform>%1 has two or more people in groups %2 while another group has none: locked memberships leave no room elsewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is split between groups %2: its people are locked in different groups.</source>
        <translation>
            <numerusform>%1 is split between groups %2: its people are locked in different groups.</numerusform>
            <numerusform>%1 is split between groups %2: its people are locked in different groups.</numerusform>
        </translation>
    </message>
</context>
</TS>
