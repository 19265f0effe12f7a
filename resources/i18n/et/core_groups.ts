<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Groups</name>
    <message numerus="yes">
        <source>%n absent participant(s) left out of the groups.</source>
        <translation>
            <numerusform>Gruppidest jäeti välja %n puuduv osaleja.</numerusform>
            <numerusform>Gruppidest jäeti välja %n puuduvat osalejat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent participant(s) kept in their group because locked there.</source>
        <translation>
            <numerusform>%n puuduv osaleja jäi oma gruppi, sest ta on seal lukus.</numerusform>
            <numerusform>%n puuduvat osalejat jäid oma gruppi, sest nad on seal lukus.</numerusform>
        </translation>
    </message>
</context>
</TS>
