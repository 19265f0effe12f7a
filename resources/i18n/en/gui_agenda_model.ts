<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <source>Group work</source>
        <translation>Group work</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>A block lasts from 1 to 720 minutes.</source>
        <translation>A block lasts from 1 to 720 minutes.</translation>
    </message>
    <message>
        <source>Type a fixed start as a time of day, such as 14:15, or leave it empty.</source>
        <translation>Type a fixed start as a time of day, such as 14:15, or leave it empty.</translation>
    </message>
    <message>
        <source>A block needs a title.</source>
        <translation>A block needs a title.</translation>
    </message>
    <message>
        <source>That value cannot be used here.</source>
        <translation>That value cannot be used here.</translation>
    </message>
    <message>
        <source>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</source>
        <translation>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>(message) when an edit is refused</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Fixed start</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Does not fit: runs %1 min past the fixed start %2.</source>
        <translation>Does not fit: runs %1 min past the fixed start %2.</translation>
    </message>
    <message>
        <source>A fixed start: this block starts at %1 whatever comes before.</source>
        <translation>A fixed start: this block starts at %1 whatever comes before.</translation>
    </message>
    <message>
        <source>May give time when the day runs late.</source>
        <translation>May give time when the day runs late.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>New block</translation>
    </message>
    <message>
        <source>Add a block</source>
        <translation>Add a block</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>Shorten “%1”</source>
        <translation>Shorten “%1”</translation>
    </message>
    <message>
        <source>May give time “%1”</source>
        <translation>May give time “%1”</translation>
    </message>
    <message>
        <source>Keeps its time “%1”</source>
        <translation>Keeps its time “%1”</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
