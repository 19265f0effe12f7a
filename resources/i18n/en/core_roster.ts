<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Roster</name>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="101"/>
        <source>this is not a regular file (a pipe or a device); save the list as a .xlsx or .csv file and choose that</source>
        <translation>this is not a regular file (a pipe or a device); save the list as a .xlsx or .csv file and choose that</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="104"/>
        <source>the file is {size} MB; a registration list may be at most {limit} MB. Save only the list&apos;s sheet, or split the list</source>
        <translation>the file is {size} MB; a registration list may be at most {limit} MB. Save only the list&apos;s sheet, or split the list</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="107"/>
        <source>the Excel file would unpack to more than {limit} MB, far more than a registration list needs; copy the list into a new workbook and save that</source>
        <translation>the Excel file would unpack to more than {limit} MB, far more than a registration list needs; copy the list into a new workbook and save that</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="110"/>
        <source>the sheet has more than {limit} rows; a registration list may have at most {limit}. Delete the empty or extra rows below the list, or split it</source>
        <translation>the sheet has more than {limit} rows; a registration list may have at most {limit}. Delete the empty or extra rows below the list, or split it</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="113"/>
        <source>the sheet reaches column {column}; a registration list may have at most {limit} columns. Delete the cells right of the list and save again</source>
        <translation>the sheet reaches column {column}; a registration list may have at most {limit} columns. Delete the cells right of the list and save again</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="116"/>
        <source>row {row} has a field longer than {limit} characters, which no list needs; check the file&apos;s separators and quotation marks</source>
        <translation>row {row} has a field longer than {limit} characters, which no list needs; check the file&apos;s separators and quotation marks</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="119"/>
        <source>the text cannot be read in any known character encoding; save the list as &quot;CSV UTF-8&quot; or as .xlsx and try again</source>
        <translation>the text cannot be read in any known character encoding; save the list as &quot;CSV UTF-8&quot; or as .xlsx and try again</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="122"/>
        <source>the text encoding was guessed (Mac Roman); check that the names with õ, ä, ö, ü read right before importing</source>
        <translation>the text encoding was guessed (Mac Roman); check that the names with õ, ä, ö, ü read right before importing</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="125"/>
        <source>the file mixes two text encodings; each line was read in its own, but check that the names with õ, ä, ö, ü read right</source>
        <translation>the file mixes two text encodings; each line was read in its own, but check that the names with õ, ä, ö, ü read right</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="128"/>
        <source>the list was read from the hidden sheet „{sheet}“; check that it is the right list</source>
        <translation>the list was read from the hidden sheet „{sheet}“; check that it is the right list</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="131"/>
        <source>the {field} comes from merged cells (row {row}); check it</source>
        <translation>the {field} comes from merged cells (row {row}); check it</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="133"/>
        <source>the {field} is a formula without a saved value; open the file in Excel, save it and import again</source>
        <translation>the {field} is a formula without a saved value; open the file in Excel, save it and import again</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="136"/>
        <source>there is no column „{column}“; the columns are: {found}</source>
        <translation>there is no column „{column}“; the columns are: {found}</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/core/roster.py" line="138"/>
        <source>the {field} „{value}“ is a number or a date, not a name; check which column holds it</source>
        <translation>the {field} „{value}“ is a number or a date, not a name; check which column holds it</translation>
    </message>
</context>
</TS>
