<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="11"/>
        <source>&amp;Start the seminar</source>
        <translation>&amp;Alusta seminari</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="13"/>
        <source>&amp;Next municipality</source>
        <translation>&amp;Järgmine omavalitsus</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="15"/>
        <source>&amp;Previous item</source>
        <translation>&amp;Eelmine osa</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="17"/>
        <source>+1 minute</source>
        <translation>+1 minut</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="19"/>
        <source>−1 minute</source>
        <translation>−1 minut</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="26"/>
        <source>&amp;End the seminar</source>
        <extracomment>the single keys, enabled only while the page is shown (the agenda uses the same keys)</extracomment>
        <translation>&amp;Lõpeta seminar</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="27"/>
        <source>Re&amp;open the seminar</source>
        <translation>A&amp;va seminar uuesti</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="29"/>
        <source>Show on the shared &amp;screen</source>
        <translation>&amp;Näita jagatud ekraanil</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="32"/>
        <source>Show the countdown in the projector window; share that window in the video call</source>
        <translation>Näita pöördloendust projektori aknas; jaga seda akent videokõnes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="34"/>
        <source>Mark &amp;absent</source>
        <translation>Märgi p&amp;uudujaks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="35"/>
        <source>Move &amp;later</source>
        <translation>Tõsta &amp;hilisemaks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="36"/>
        <source>Mark p&amp;resent</source>
        <translation>Märgi &amp;kohalolijaks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="38"/>
        <source>Move &amp;up</source>
        <translation>Tõsta &amp;üles</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="40"/>
        <source>Move do&amp;wn</source>
        <translation>Tõsta &amp;alla</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/seminar/actions.py" line="42"/>
        <source>Write the &amp;summary…</source>
        <translation>Koos&amp;ta kokkuvõte…</translation>
    </message>
</context>
</TS>
