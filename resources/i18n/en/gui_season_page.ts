<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeasonPage</name>
    <message>
        <source>After the day, send the workshop to the Academy&apos;s shared season database. Nothing is sent until you press Send; the file on this laptop stays as it is, and sending again sends only what changed.</source>
        <translation>After the day, send the workshop to the Academy&apos;s shared season database. Nothing is sent until you press Send; the file on this laptop stays as it is, and sending again sends only what changed.</translation>
    </message>
    <message>
        <source>postgresql://user@server:5432/season</source>
        <translation>postgresql://user@server:5432/season</translation>
    </message>
    <message>
        <source>Season &amp;database:</source>
        <translation>Season &amp;database:</translation>
    </message>
    <message>
        <source>The password is read from your PostgreSQL password file (pgpass) or the PGPASSWORD setting; avtoituba never saves it.</source>
        <translation>The password is read from your PostgreSQL password file (pgpass) or the PGPASSWORD setting; avtoituba never saves it.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Municipalities whose completed homework came back, of all</source>
        <translation>Municipalities whose completed homework came back, of all</translation>
    </message>
    <message>
        <source>Refresh the season list to see the workshops in the season database.</source>
        <translation>Refresh the season list to see the workshops in the season database.</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Season</translation>
    </message>
    <message>
        <source>This workshop was last sent to %1 on %2.</source>
        <translation>This workshop was last sent to %1 on %2.</translation>
    </message>
    <message>
        <source>This workshop has not been sent yet.</source>
        <translation>This workshop has not been sent yet.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Sent to %1: %2 changed rows, %3 deleted.</source>
        <translation>Sent to %1: %2 changed rows, %3 deleted.</translation>
    </message>
    <message>
        <source>Nothing new to send: %1 already has this workshop as it is.</source>
        <translation>Nothing new to send: %1 already has this workshop as it is.</translation>
    </message>
    <message>
        <source>The workshop open in this window</source>
        <translation>The workshop open in this window</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) in the season database.</source>
        <translation>
            <numerusform>%n workshop in the season database.</numerusform>
            <numerusform>%n workshops in the season database.</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>held %1</source>
        <translation>held %1</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>%1, no results</source>
        <translation>%1, no results</translation>
    </message>
    <message>
        <source>Choose a workshop in the season list first (Refresh the season list shows them), then open it.</source>
        <translation>Choose a workshop in the season list first (Refresh the season list shows them), then open it.</translation>
    </message>
    <message>
        <source>Save the workshop from the season database as</source>
        <translation>Save the workshop from the season database as</translation>
    </message>
    <message>
        <source>Workshop files (*%1)</source>
        <translation>Workshop files (*%1)</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name.</source>
        <translation>%1 already exists: choose another name.</translation>
    </message>
    <message>
        <source>Opened %1 from the season database.</source>
        <translation>Opened %1 from the season database.</translation>
    </message>
    <message>
        <source>Folder for the season report</source>
        <translation>Folder for the season report</translation>
    </message>
    <message>
        <source>The season report is in %1: %2.</source>
        <translation>The season report is in %1: %2.</translation>
    </message>
</context>
</TS>
