<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="48"/>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="49"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="50"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="51"/>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="52"/>
        <source>Group work</source>
        <translation>Group work</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="53"/>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="54"/>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="55"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="61"/>
        <source>A block lasts from 1 to 720 minutes.</source>
        <translation>A block lasts from 1 to 720 minutes.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="63"/>
        <source>Type a fixed start as a time of day, such as 14:15, or leave it empty.</source>
        <translation>Type a fixed start as a time of day, such as 14:15, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="65"/>
        <source>A block needs a title.</source>
        <translation>A block needs a title.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="66"/>
        <source>That value cannot be used here.</source>
        <translation>That value cannot be used here.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="70"/>
        <source>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</source>
        <translation>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="132"/>
        <source>Start</source>
        <extracomment>(message) when an edit is refused</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="133"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="134"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="135"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="136"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="137"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="138"/>
        <source>Fixed start</source>
        <translation>Fixed start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="139"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="169"/>
        <source>Does not fit: runs %1 min past the fixed start %2.</source>
        <translation>Does not fit: runs %1 min past the fixed start %2.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="174"/>
        <source>A fixed start: this block starts at %1 whatever comes before.</source>
        <translation>A fixed start: this block starts at %1 whatever comes before.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="180"/>
        <source>May give time when the day runs late.</source>
        <translation>May give time when the day runs late.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="233"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="307"/>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="318"/>
        <source>New block</source>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="321"/>
        <source>Add a block</source>
        <translation>Add a block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="328"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="338"/>
        <source>Shorten “%1”</source>
        <translation>Shorten “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="347"/>
        <source>May give time “%1”</source>
        <translation>May give time “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="348"/>
        <source>Keeps its time “%1”</source>
        <translation>Keeps its time “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="386"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
