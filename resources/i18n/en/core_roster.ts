<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Roster</name>
    <message>
        <source>this is not a regular file (a pipe or a device); save the list as a .xlsx or .csv file and choose that</source>
        <translation>this is not a regular file (a pipe or a device); save the list as a .xlsx or .csv file and choose that</translation>
    </message>
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
        <source>the file is %1 MB; a registration list may be at most %2 MB. Save only the list&apos;s sheet, or split the list</source>
        <translation>the file is %1 MB; a registration list may be at most %2 MB. Save only the list&apos;s sheet, or split the list</translation>
    </message>
    <message>
        <source>the Excel file would unpack to more than %1 MB, far more than a registration list needs; copy the list into a new workbook and save that</source>
        <translation>the Excel file would unpack to more than %1 MB, far more than a registration list needs; copy the list into a new workbook and save that</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows; a registration list may have at most %1. Delete the empty or extra rows below the list, or split it</source>
        <translation>the sheet has more than %1 rows; a registration list may have at most %1. Delete the empty or extra rows below the list, or split it</translation>
    </message>
    <message>
        <source>the sheet reaches column %1; a registration list may have at most %2 columns. Delete the cells right of the list and save again</source>
        <translation>the sheet reaches column %1; a registration list may have at most %2 columns. Delete the cells right of the list and save again</translation>
    </message>
    <message>
        <source>row %1 has a field longer than %2 characters, which no list needs; check the file&apos;s separators and quotation marks</source>
        <translation>row %1 has a field longer than %2 characters, which no list needs; check the file&apos;s separators and quotation marks</translation>
    </message>
    <message>
        <source>the text cannot be read in any known character encoding; save the list as “CSV UTF-8” or as .xlsx and try again</source>
        <translation>the text cannot be read in any known character encoding; save the list as “CSV UTF-8” or as .xlsx and try again</translation>
    </message>
    <message>
        <source>the text encoding was guessed (Mac Roman); check that the names with õ, ä, ö, ü read right before importing</source>
        <translation>the text encoding was guessed (Mac Roman); check that the names with õ, ä, ö, ü read right before importing</translation>
    </message>
    <message>
        <source>the file mixes two text encodings; each line was read in its own, but check that the names with õ, ä, ö, ü read right</source>
        <translation>the file mixes two text encodings; each line was read in its own, but check that the names with õ, ä, ö, ü read right</translation>
    </message>
    <message>
        <source>the list was read from the hidden sheet “%1”; check that it is the right list</source>
        <translation>the list was read from the hidden sheet “%1”; check that it is the right list</translation>
    </message>
    <message>
        <source>the %1 comes from merged cells (row %2); check it</source>
        <translation>the %1 comes from merged cells (row %2); check it</translation>
    </message>
    <message>
        <source>the %1 is a formula without a saved value; open the file in Excel, save it and import again</source>
        <translation>the %1 is a formula without a saved value; open the file in Excel, save it and import again</translation>
    </message>
    <message>
        <source>there is no column “%1”; the columns are: %2</source>
        <translation>there is no column “%1”; the columns are: %2</translation>
    </message>
    <message>
        <source>the %1 “%2” is a number or a date, not a name; check which column holds it</source>
        <translation>the %1 “%2” is a number or a date, not a name; check which column holds it</translation>
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
