<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>show program's version number and exit</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>commands (run '%1 COMMAND --help' for each):</source>
        <translation>commands (run '%1 COMMAND --help' for each):</translation>
    </message>
    <message>
        <source>the following arguments are required: %1</source>
        <translation>the following arguments are required: %1</translation>
    </message>
    <message>
        <source>unrecognized arguments: %1</source>
        <translation>unrecognized arguments: %1</translation>
    </message>
    <message>
        <source>argument %1: invalid choice: %2 (choose from %3)</source>
        <translation>argument %1: invalid choice: %2 (choose from %3)</translation>
    </message>
    <message>
        <source>argument %1: expected one argument</source>
        <translation>argument %1: expected one argument</translation>
    </message>
    <message>
        <source>argument %1: invalid value: %3</source>
        <translation>argument %1: invalid value: %3</translation>
    </message>
    <message>
        <source>argument %1: not allowed with argument %2</source>
        <translation>argument %1: not allowed with argument %2</translation>
    </message>
    <message>
        <source>argument %1: %2</source>
        <translation>argument %1: %2</translation>
    </message>
    <message>
        <source>avtoituba headless commands</source>
        <translation>avtoituba headless commands</translation>
    </message>
    <message>
        <source>language of messages (default: $AVTOITUBA_LANG, else et)</source>
        <translation>language of messages (default: $AVTOITUBA_LANG, else et)</translation>
    </message>
    <message>
        <source>create a workshop file from the default programme</source>
        <translation>create a workshop file from the default programme</translation>
    </message>
    <message>
        <source>show a workshop's title, date and counts</source>
        <translation>show a workshop's title, date and counts</translation>
    </message>
    <message>
        <source>import and list a workshop's participants</source>
        <translation>import and list a workshop's participants</translation>
    </message>
    <message>
        <source>assign participants to the groups, show, export</source>
        <translation>assign participants to the groups, show, export</translation>
    </message>
    <message>
        <source>list or merge a workshop's municipalities</source>
        <translation>list or merge a workshop's municipalities</translation>
    </message>
    <message>
        <source>write documents from a workshop (the homework pack)</source>
        <translation>write documents from a workshop (the homework pack)</translation>
    </message>
    <message>
        <source>print the agenda with computed (and actual) times</source>
        <translation>print the agenda with computed (and actual) times</translation>
    </message>
    <message>
        <source>let each group's scribe write from a phone</source>
        <translation>let each group's scribe write from a phone</translation>
    </message>
    <message>
        <source>the homework that comes back</source>
        <translation>the homework that comes back</translation>
    </message>
    <message>
        <source>the shared season database (PostgreSQL)</source>
        <translation>the shared season database (PostgreSQL)</translation>
    </message>
    <message>
        <source>the follow-up seminar's running order with times and statuses</source>
        <translation>the follow-up seminar's running order with times and statuses</translation>
    </message>
    <message>
        <source>Create a workshop file from the default programme.</source>
        <translation>Create a workshop file from the default programme.</translation>
    </message>
    <message>
        <source>the workshop's title (default: the programme's)</source>
        <translation>the workshop's title (default: the programme's)</translation>
    </message>
    <message>
        <source>the workshop's date, YYYY-MM-DD</source>
        <translation>the workshop's date, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>where it takes place</source>
        <translation>where it takes place</translation>
    </message>
    <message>
        <source>language of the programme and documents (default: et)</source>
        <translation>language of the programme and documents (default: et)</translation>
    </message>
    <message>
        <source>fill it with demo participants, groups and activities</source>
        <translation>fill it with demo participants, groups and activities</translation>
    </message>
    <message>
        <source>Show a workshop's title, date and counts.</source>
        <translation>Show a workshop's title, date and counts.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>Import and list a workshop's participants.</source>
        <translation>Import and list a workshop's participants.</translation>
    </message>
    <message>
        <source>import a registration list (.csv or .xlsx)</source>
        <translation>import a registration list (.csv or .xlsx)</translation>
    </message>
    <message>
        <source>list the participants</source>
        <translation>list the participants</translation>
    </message>
    <message>
        <source>Import a registration list (.csv or .xlsx: UTF-8 or Windows-1257, comma, semicolon or tab separated; headers such as Nimi/Name and Omavalitsus/KOV/Municipality). If any row has an error nothing is imported (exit 1) unless --skip-bad is given. Rows repeating a participant are skipped and listed.</source>
        <translation>Import a registration list (.csv or .xlsx: UTF-8 or Windows-1257, comma, semicolon or tab separated; headers such as Nimi/Name and Omavalitsus/KOV/Municipality). If any row has an error nothing is imported (exit 1) unless --skip-bad is given. Rows repeating a participant are skipped and listed.</translation>
    </message>
    <message>
        <source>the registration list</source>
        <translation>the registration list</translation>
    </message>
    <message>
        <source>import the good rows and skip the rows with errors</source>
        <translation>import the good rows and skip the rows with errors</translation>
    </message>
    <message>
        <source>import rows that repeat a name and municipality too</source>
        <translation>import rows that repeat a name and municipality too</translation>
    </message>
    <message>
        <source>check the file and report, without saving anything</source>
        <translation>check the file and report, without saving anything</translation>
    </message>
    <message>
        <source>the column with the name: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</source>
        <translation>the column with the name: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</translation>
    </message>
    <message>
        <source>the column with the municipality: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</source>
        <translation>the column with the municipality: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</translation>
    </message>
    <message>
        <source>the column with the role: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</source>
        <translation>the column with the role: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</translation>
    </message>
    <message>
        <source>the column with the e-mail address: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</source>
        <translation>the column with the e-mail address: its header as written, or its number (1 = the first column); for lists whose columns are in doubt, such as registration-form exports</translation>
    </message>
    <message>
        <source>List the participants with their group.</source>
        <translation>List the participants with their group.</translation>
    </message>
    <message>
        <source>Assign, show and export the themed groups.</source>
        <translation>Assign, show and export the themed groups.</translation>
    </message>
    <message>
        <source>assign the participants to the groups</source>
        <translation>assign the participants to the groups</translation>
    </message>
    <message>
        <source>show the groups and their members</source>
        <translation>show the groups and their members</translation>
    </message>
    <message>
        <source>write the group lists as a Word document</source>
        <translation>write the group lists as a Word document</translation>
    </message>
    <message>
        <source>Assign the participants to the groups. Locked memberships stay; spread (default) puts every municipality in every group as far as its size allows, together keeps each municipality in one group, random shuffles with a seed.</source>
        <translation>Assign the participants to the groups. Locked memberships stay; spread (default) puts every municipality in every group as far as its size allows, together keeps each municipality in one group, random shuffles with a seed.</translation>
    </message>
    <message>
        <source>how to assign (default: spread)</source>
        <translation>how to assign (default: spread)</translation>
    </message>
    <message>
        <source>seed for ties and shuffling (default: a new one, printed so the result can be repeated)</source>
        <translation>seed for ties and shuffling (default: a new one, printed so the result can be repeated)</translation>
    </message>
    <message>
        <source>assign only the participants checked in as present</source>
        <translation>assign only the participants checked in as present</translation>
    </message>
    <message>
        <source>show the result, save nothing</source>
        <translation>show the result, save nothing</translation>
    </message>
    <message>
        <source>Show the groups with their members.</source>
        <translation>Show the groups with their members.</translation>
    </message>
    <message>
        <source>Write the group lists (one page per group) to .docx.</source>
        <translation>Write the group lists (one page per group) to .docx.</translation>
    </message>
    <message>
        <source>where to write (default: grupid-DATE.docx beside the workshop)</source>
        <translation>where to write (default: grupid-DATE.docx beside the workshop)</translation>
    </message>
    <message>
        <source>add, change or list a workshop's activities</source>
        <translation>add, change or list a workshop's activities</translation>
    </message>
    <message>
        <source>Add, change or list the activities the groups proposed.</source>
        <translation>Add, change or list the activities the groups proposed.</translation>
    </message>
    <message>
        <source>add an activity to a group</source>
        <translation>add an activity to a group</translation>
    </message>
    <message>
        <source>change an activity's title, municipality or area</source>
        <translation>change an activity's title, municipality or area</translation>
    </message>
    <message>
        <source>list activities</source>
        <translation>list activities</translation>
    </message>
    <message>
        <source>Add an activity at the end of a group's list (saved to the file at once).</source>
        <translation>Add an activity at the end of a group's list (saved to the file at once).</translation>
    </message>
    <message>
        <source>the group's number (1, 2, 3)</source>
        <translation>the group's number (1, 2, 3)</translation>
    </message>
    <message>
        <source>the municipality's name, as in the registration list (a name close to a known one is refused with a suggestion)</source>
        <translation>the municipality's name, as in the registration list (a name close to a known one is refused with a suggestion)</translation>
    </message>
    <message>
        <source>M is a municipality new to this workshop, even if it looks like a known one: add it</source>
        <translation>M is a municipality new to this workshop, even if it looks like a known one: add it</translation>
    </message>
    <message>
        <source>what will be done</source>
        <translation>what will be done</translation>
    </message>
    <message>
        <source>area of open government 1-7 (default: the one the group's theme suggests)</source>
        <translation>area of open government 1-7 (default: the one the group's theme suggests)</translation>
    </message>
    <message>
        <source>more detail</source>
        <translation>more detail</translation>
    </message>
    <message>
        <source>print the new activity as JSON</source>
        <translation>print the new activity as JSON</translation>
    </message>
    <message>
        <source>Change an activity (its number is in 'activities list'); e.g. give an activity without a municipality its own.</source>
        <translation>Change an activity (its number is in 'activities list'); e.g. give an activity without a municipality its own.</translation>
    </message>
    <message>
        <source>the activity's number</source>
        <translation>the activity's number</translation>
    </message>
    <message>
        <source>M is a municipality new to this workshop: add it</source>
        <translation>M is a municipality new to this workshop: add it</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>a new title</translation>
    </message>
    <message>
        <source>area of open government 1-7</source>
        <translation>area of open government 1-7</translation>
    </message>
    <message>
        <source>print the activity as JSON</source>
        <translation>print the activity as JSON</translation>
    </message>
    <message>
        <source>List the activities, by group and position.</source>
        <translation>List the activities, by group and position.</translation>
    </message>
    <message>
        <source>only this group</source>
        <translation>only this group</translation>
    </message>
    <message>
        <source>only this municipality</source>
        <translation>only this municipality</translation>
    </message>
    <message>
        <source>only this area</source>
        <translation>only this area</translation>
    </message>
    <message>
        <source>only those containing TEXT</source>
        <translation>only those containing TEXT</translation>
    </message>
    <message>
        <source>List the municipalities, or merge one into another.</source>
        <translation>List the municipalities, or merge one into another.</translation>
    </message>
    <message>
        <source>list the municipalities</source>
        <translation>list the municipalities</translation>
    </message>
    <message>
        <source>merge a municipality into another</source>
        <translation>merge a municipality into another</translation>
    </message>
    <message>
        <source>List the municipalities in seminar order.</source>
        <translation>List the municipalities in seminar order.</translation>
    </message>
    <message>
        <source>Move every activity and participant of FROM to INTO and remove FROM (for a name typed twice, e.g. 'Elvva vald' into 'Elva vald').</source>
        <translation>Move every activity and participant of FROM to INTO and remove FROM (for a name typed twice, e.g. 'Elvva vald' into 'Elva vald').</translation>
    </message>
    <message>
        <source>the municipality that goes away</source>
        <translation>the municipality that goes away</translation>
    </message>
    <message>
        <source>the municipality that stays</source>
        <translation>the municipality that stays</translation>
    </message>
    <message>
        <source>print what was moved as JSON</source>
        <translation>print what was moved as JSON</translation>
    </message>
    <message>
        <source>Write documents from a workshop.</source>
        <translation>Write documents from a workshop.</translation>
    </message>
    <message>
        <source>the homework pack: a Word document per municipality</source>
        <translation>the homework pack: a Word document per municipality</translation>
    </message>
    <message>
        <source>the follow-up seminar's summary (.docx and .xlsx)</source>
        <translation>the follow-up seminar's summary (.docx and .xlsx)</translation>
    </message>
    <message>
        <source>Write the homework pack: a Word document for each municipality and a combined document for the trainer. Prints the files written.</source>
        <translation>Write the homework pack: a Word document for each municipality and a combined document for the trainer. Prints the files written.</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>folder to write into (created if missing)</translation>
    </message>
    <message>
        <source>only this municipality (repeat for several; default: all)</source>
        <translation>only this municipality (repeat for several; default: all)</translation>
    </message>
    <message>
        <source>a Word template (.docx) whose styles, header and footer to use</source>
        <translation>a Word template (.docx) whose styles, header and footer to use</translation>
    </message>
    <message>
        <source>leave out the combined document for the trainer</source>
        <translation>leave out the combined document for the trainer</translation>
    </message>
    <message>
        <source>also write the group lists as a document of their own</source>
        <translation>also write the group lists as a document of their own</translation>
    </message>
    <message>
        <source>fail instead of printing activities without a municipality in every pack</source>
        <translation>fail instead of printing activities without a municipality in every pack</translation>
    </message>
    <message>
        <source>when the folder holds an earlier pack, give the new files new names (default: replace it, keeping it as the previous version)</source>
        <translation>when the folder holds an earlier pack, give the new files new names (default: replace it, keeping it as the previous version)</translation>
    </message>
    <message>
        <source>fail when the folder holds an earlier pack</source>
        <translation>fail when the folder holds an earlier pack</translation>
    </message>
    <message>
        <source>Write the follow-up seminar's summary: per municipality what it committed to, how the plan was prepared and the next steps, and an overview by area; as a Word document and an Excel workbook.</source>
        <translation>Write the follow-up seminar's summary: per municipality what it committed to, how the plan was prepared and the next steps, and an overview by area; as a Word document and an Excel workbook.</translation>
    </message>
    <message>
        <source>Print the agenda with its computed start and end times, anchor conflicts, and the actual times of a day that has been run.</source>
        <translation>Print the agenda with its computed start and end times, anchor conflicts, and the actual times of a day that has been run.</translation>
    </message>
    <message>
        <source>Serve the scribe pages on the room's network until Ctrl+C; prints one join address per group.</source>
        <translation>Serve the scribe pages on the room's network until Ctrl+C; prints one join address per group.</translation>
    </message>
    <message>
        <source>the address of this computer on the room's network (default: the first one found; 127.0.0.1 when there is none)</source>
        <translation>the address of this computer on the room's network (default: the first one found; 127.0.0.1 when there is none)</translation>
    </message>
    <message>
        <source>the port to listen on (default 8740; 0 picks a free one)</source>
        <translation>the port to listen on (default 8740; 0 picks a free one)</translation>
    </message>
    <message>
        <source>print the addresses as JSON</source>
        <translation>print the addresses as JSON</translation>
    </message>
    <message>
        <source>The homework packs the municipalities send back.</source>
        <translation>The homework packs the municipalities send back.</translation>
    </message>
    <message>
        <source>read completed homework packs (.docx) into the workshop</source>
        <translation>read completed homework packs (.docx) into the workshop</translation>
    </message>
    <message>
        <source>Read completed homework packs back: edited and new activities, who to involve, responsible, deadline and the answers. Files that cannot be imported are named with the reason; nothing of them is written. Exit code 1 when a file was refused.</source>
        <translation>Read completed homework packs back: edited and new activities, who to involve, responsible, deadline and the answers. Files that cannot be imported are named with the reason; nothing of them is written. Exit code 1 when a file was refused.</translation>
    </message>
    <message>
        <source>a returned .docx, or a folder of them</source>
        <translation>a returned .docx, or a folder of them</translation>
    </message>
    <message>
        <source>show what would change, write nothing</source>
        <translation>show what would change, write nothing</translation>
    </message>
    <message>
        <source>print the result as JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <source>import packs of a municipality renamed since the export under its new name</source>
        <translation>import packs of a municipality renamed since the export under its new name</translation>
    </message>
    <message>
        <source>Send workshops to the shared season database, open one from it, and report on the whole season.</source>
        <translation>Send workshops to the shared season database, open one from it, and report on the whole season.</translation>
    </message>
    <message>
        <source>send a workshop file to the season database</source>
        <translation>send a workshop file to the season database</translation>
    </message>
    <message>
        <source>make a workshop file from the season database</source>
        <translation>make a workshop file from the season database</translation>
    </message>
    <message>
        <source>list the workshops in the season database</source>
        <translation>list the workshops in the season database</translation>
    </message>
    <message>
        <source>the season report (Word and .xlsx)</source>
        <translation>the season report (Word and .xlsx)</translation>
    </message>
    <message>
        <source>Send what changed in the workshop file since its last push (everything the first time). Safe to repeat.</source>
        <translation>Send what changed in the workshop file since its last push (everything the first time). Safe to repeat.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE (default: $AVTOITUBA_SEASON_DB); the password comes from ~/.pgpass or PGPASSWORD</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE (default: $AVTOITUBA_SEASON_DB); the password comes from ~/.pgpass or PGPASSWORD</translation>
    </message>
    <message>
        <source>how long to wait for the server to answer (default: 10)</source>
        <translation>how long to wait for the server to answer (default: 10)</translation>
    </message>
    <message>
        <source>Write a workshop from the season database into a new workshop file that works offline like any other.</source>
        <translation>Write a workshop from the season database into a new workshop file that works offline like any other.</translation>
    </message>
    <message>
        <source>the workshop's id, or its first characters (see 'season list')</source>
        <translation>the workshop's id, or its first characters (see 'season list')</translation>
    </message>
    <message>
        <source>List the workshops in the season database.</source>
        <translation>List the workshops in the season database.</translation>
    </message>
    <message>
        <source>Write the season report: per workshop, per county and across the season, as Word and .xlsx. Prints the files.</source>
        <translation>Write the season report: per workshop, per county and across the season, as Word and .xlsx. Prints the files.</translation>
    </message>
    <message>
        <source>language of the report (default: et)</source>
        <translation>language of the report (default: et)</translation>
    </message>
    <message>
        <source>Print the follow-up seminar's running order: the opening, each municipality's turn, the discussion and the closing, with planned and actual times and whether each is waiting, speaking, done, absent or moved later.</source>
        <translation>Print the follow-up seminar's running order: the opening, each municipality's turn, the discussion and the closing, with planned and actual times and whether each is waiting, speaking, done, absent or moved later.</translation>
    </message>
    <message>
        <source>Run an open-government workshop day: agenda timer, groups, live capture of activities and the homework pack. Without a COMMAND, opens the app.</source>
        <translation>Run an open-government workshop day: agenda timer, groups, live capture of activities and the homework pack. Without a COMMAND, opens the app.</translation>
    </message>
    <message>
        <source>workshop file to open (created from the default programme when it does not exist)</source>
        <translation>workshop file to open (created from the default programme when it does not exist)</translation>
    </message>
    <message>
        <source>open a demo workshop with realistic content</source>
        <translation>open a demo workshop with realistic content</translation>
    </message>
    <message>
        <source>open the file read-only</source>
        <translation>open the file read-only</translation>
    </message>
    <message>
        <source>language of the user interface (default: from preferences, et)</source>
        <translation>language of the user interface (default: from preferences, et)</translation>
    </message>
</context>
</TS>
