<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Groups</name>
    <message numerus="yes">
        <source>%n absent participant(s) left out of the groups.</source>
        <translation>
            <numerusform>%n absent participant left out of the groups.</numerusform>
            <numerusform>%n absent participants left out of the groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent participant(s) kept in their group because locked there.</source>
        <translation>
            <numerusform>%n absent participant kept in their group because locked there.</numerusform>
            <numerusform>%n absent participants kept in their group because locked there.</numerusform>
        </translation>
    </message>
</context>
</TS>
