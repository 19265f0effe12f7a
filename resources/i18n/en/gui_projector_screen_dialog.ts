<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ScreenDialog</name>
    <message>
        <source>Screen %1: %2 × %3</source>
        <translation>Screen %1: %2 × %3</translation>
    </message>
    <message>
        <source>(this laptop&apos;s main screen)</source>
        <translation>(this laptop&apos;s main screen)</translation>
    </message>
    <message>
        <source>The projector goes here</source>
        <translation>The projector goes here</translation>
    </message>
    <message>
        <source>Projector screen</source>
        <translation>Projector screen</translation>
    </message>
    <message>
        <source>Choose the screen the room sees. With a second screen the projector window fills it; on the laptop&apos;s own screen it opens beside your window.</source>
        <translation>Choose the screen the room sees. With a second screen the projector window fills it; on the laptop&apos;s own screen it opens beside your window.</translation>
    </message>
</context>
</TS>
