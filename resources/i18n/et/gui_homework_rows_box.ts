<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>EmptyRowsFields</name>
    <message>
        <source>Empty rows under each area&apos;s activities, for the team to add their own</source>
        <translation>Tühjad read iga valdkonna tegevuste all, kuhu meeskond saab lisada oma tegevusi</translation>
    </message>
    <message>
        <source>Rows of the table for new activities (0 leaves the table out)</source>
        <translation>Uute tegevuste tabeli read (0 korral tabelit ei ole)</translation>
    </message>
    <message>
        <source>Change the empty rows</source>
        <translation>Muuda tühjade ridade arvu</translation>
    </message>
</context>
</TS>
