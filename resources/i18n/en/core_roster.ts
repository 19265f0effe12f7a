<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Roster</name>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file has a header but no participants under it</source>
        <translation>the file has a header but no participants under it</translation>
    </message>
    <message>
        <source>the file is too large for a registration list (%1 MB)</source>
        <translation>the file is too large for a registration list (%1 MB)</translation>
    </message>
    <message>
        <source>this is not a text or spreadsheet file (%1); save the list as .xlsx or .csv and try again</source>
        <translation>this is not a text or spreadsheet file (%1); save the list as .xlsx or .csv and try again</translation>
    </message>
    <message>
        <source>an old Excel .xls file; open it in Excel and save it as .xlsx or .csv</source>
        <translation>an old Excel .xls file; open it in Excel and save it as .xlsx or .csv</translation>
    </message>
    <message>
        <source>the Excel file cannot be read (%1)</source>
        <translation>the Excel file cannot be read (%1)</translation>
    </message>
    <message>
        <source>files of type %1 cannot be imported; use .xlsx or .csv</source>
        <translation>files of type %1 cannot be imported; use .xlsx or .csv</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>no header row with the columns name and municipality was found in the first %1 rows. Columns found: %2. Name the columns e.g. “Nimi” and “Omavalitsus”</source>
        <translation>no header row with the columns name and municipality was found in the first %1 rows. Columns found: %2. Name the columns e.g. “Nimi” and “Omavalitsus”</translation>
    </message>
    <message>
        <source>the required column %1 is missing. Columns found: %2</source>
        <translation>the required column %1 is missing. Columns found: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>the name is empty</translation>
    </message>
    <message>
        <source>the municipality is empty</source>
        <translation>the municipality is empty</translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation>the %1 is longer than %2 characters</translation>
    </message>
    <message>
        <source>the e-mail address “%1” looks wrong (kept as written)</source>
        <translation>the e-mail address “%1” looks wrong (kept as written)</translation>
    </message>
    <message>
        <source>“%1” in the present column is not yes or no (taken as no)</source>
        <translation>“%1” in the present column is not yes or no (taken as no)</translation>
    </message>
    <message>
        <source>the same name and municipality as row %1</source>
        <translation>the same name and municipality as row %1</translation>
    </message>
    <message>
        <source>already a participant of this workshop</source>
        <translation>already a participant of this workshop</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>name (Nimi/Name)</source>
        <translation>name (Nimi/Name)</translation>
    </message>
    <message>
        <source>municipality (Omavalitsus/KOV/Municipality)</source>
        <translation>municipality (Omavalitsus/KOV/Municipality)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>GIF image</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite database</translation>
    </message>
    <message>
        <source>gzip archive</source>
        <translation>gzip archive</translation>
    </message>
    <message>
        <source>RAR archive</source>
        <translation>RAR archive</translation>
    </message>
    <message>
        <source>7-Zip archive</source>
        <translation>7-Zip archive</translation>
    </message>
    <message>
        <source>RTF document</source>
        <translation>RTF document</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>a zip archive</translation>
    </message>
    <message>
        <source>contains NUL bytes</source>
        <translation>contains NUL bytes</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>not an Excel workbook</source>
        <translation>not an Excel workbook</translation>
    </message>
</context>
</TS>
