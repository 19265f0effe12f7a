<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeasonPage</name>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="72"/>
        <source>After the day, send the workshop to the Academy&apos;s shared season database. Nothing is sent until you press Send; the file on this laptop stays as it is, and sending again sends only what changed.</source>
        <translation>After the day, send the workshop to the Academy&apos;s shared season database. Nothing is sent until you press Send; the file on this laptop stays as it is, and sending again sends only what changed.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="81"/>
        <source>postgresql://user@server:5432/season</source>
        <translation>postgresql://user@server:5432/season</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="83"/>
        <source>Season &amp;database:</source>
        <translation>Season &amp;database:</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="85"/>
        <source>The password is read from your PostgreSQL password file (pgpass) or the PGPASSWORD setting; avtoituba never saves it.</source>
        <translation>The password is read from your PostgreSQL password file (pgpass) or the PGPASSWORD setting; avtoituba never saves it.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="121"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="121"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="121"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="121"/>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="122"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="122"/>
        <source>Last sent</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="134"/>
        <source>Refresh the season list to see the workshops in the season database.</source>
        <translation>Refresh the season list to see the workshops in the season database.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="139"/>
        <source>Season</source>
        <translation>Season</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="156"/>
        <source>This workshop was last sent to %1 on %2.</source>
        <translation>This workshop was last sent to %1 on %2.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="159"/>
        <source>This workshop has not been sent yet.</source>
        <translation>This workshop has not been sent yet.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="192"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="238"/>
        <source>Sent to %1: %2 changed rows, %3 deleted.</source>
        <translation>Sent to %1: %2 changed rows, %3 deleted.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="241"/>
        <source>Nothing new to send: %1 already has this workshop as it is.</source>
        <translation>Nothing new to send: %1 already has this workshop as it is.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../avtoituba/gui/season/page.py" line="268"/>
        <source>%n workshop(s) in the season database.</source>
        <translation>
            <numerusform>%n workshop in the season database.</numerusform>
            <numerusform>%n workshops in the season database.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="278"/>
        <source>Choose a workshop in the season list first (Refresh the season list shows them), then open it.</source>
        <translation>Choose a workshop in the season list first (Refresh the season list shows them), then open it.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="287"/>
        <source>Save the workshop from the season database as</source>
        <translation>Save the workshop from the season database as</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="289"/>
        <source>Workshop files (*%1)</source>
        <translation>Workshop files (*%1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="294"/>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="303"/>
        <source>Opened %1 from the season database.</source>
        <translation>Opened %1 from the season database.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="320"/>
        <source>Folder for the season report</source>
        <translation>Folder for the season report</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/season/page.py" line="330"/>
        <source>The season report is in %1: %2.</source>
        <translation>The season report is in %1: %2.</translation>
    </message>
</context>
</TS>
