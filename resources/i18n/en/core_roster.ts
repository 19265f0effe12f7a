<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Roster</name>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="67" />
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="68" />
        <source>the file has a header but no participants under it</source>
        <translation>the file has a header but no participants under it</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="69" />
        <source>the file is too large for a registration list (%1 MB)</source>
        <translation>the file is too large for a registration list (%1 MB)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="71" />
        <source>this is not a text or spreadsheet file (%1); save the list as .xlsx or .csv and try again</source>
        <translation>this is not a text or spreadsheet file (%1); save the list as .xlsx or .csv and try again</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="73" />
        <source>an old Excel .xls file; open it in Excel and save it as .xlsx or .csv</source>
        <translation>an old Excel .xls file; open it in Excel and save it as .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="75" />
        <source>the Excel file cannot be read (%1)</source>
        <translation>the Excel file cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="76" />
        <source>files of type %1 cannot be imported; use .xlsx or .csv</source>
        <translation>files of type %1 cannot be imported; use .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="78" />
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="79" />
        <source>no header row with the columns name and municipality was found in the first %1 rows. Columns found: %2. Name the columns e.g. “Nimi” and “Omavalitsus”</source>
        <translation>no header row with the columns name and municipality was found in the first %1 rows. Columns found: %2. Name the columns e.g. “Nimi” and “Omavalitsus”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="82" />
        <source>the required column %1 is missing. Columns found: %2</source>
        <translation>the required column %1 is missing. Columns found: %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="85" />
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="86" />
        <source>the municipality is empty</source>
        <translation>the municipality is empty</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="87" />
        <source>the %1 is longer than %2 characters</source>
        <translation>the %1 is longer than %2 characters</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="88" />
        <source>the e-mail address “%1” looks wrong (kept as written)</source>
        <translation>the e-mail address “%1” looks wrong (kept as written)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="90" />
        <source>“%1” in the present column is not yes or no (taken as no)</source>
        <translation>“%1” in the present column is not yes or no (taken as no)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="92" />
        <source>the same name and municipality as row %1</source>
        <translation>the same name and municipality as row %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="93" />
        <source>already a participant of this workshop</source>
        <translation>already a participant of this workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="95" />
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="96" />
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="97" />
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="98" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="99" />
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="100" />
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="101" />
        <source>name (Nimi/Name)</source>
        <translation>name (Nimi/Name)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="102" />
        <source>municipality (Omavalitsus/KOV/Municipality)</source>
        <translation>municipality (Omavalitsus/KOV/Municipality)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="114" />
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="114" />
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="115" />
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="115" />
        <source>GIF image</source>
        <translation>GIF image</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="116" />
        <source>SQLite database</source>
        <translation>SQLite database</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="116" />
        <source>gzip archive</source>
        <translation>gzip archive</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="117" />
        <source>RAR archive</source>
        <translation>RAR archive</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="117" />
        <source>7-Zip archive</source>
        <translation>7-Zip archive</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="118" />
        <source>RTF document</source>
        <translation>RTF document</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="118" />
        <source>a zip archive</source>
        <translation>a zip archive</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="119" />
        <source>contains NUL bytes</source>
        <translation>contains NUL bytes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="119" />
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="120" />
        <source>not an Excel workbook</source>
        <translation>not an Excel workbook</translation>
    </message>
</context>
</TS>
