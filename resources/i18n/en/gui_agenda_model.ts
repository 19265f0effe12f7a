<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="42"/>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="43"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="44"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="45"/>
        <source>Stories</source>
        <translation>Stories</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="46"/>
        <source>Group work</source>
        <translation>Group work</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="47"/>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="48"/>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="49"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="55"/>
        <source>A block lasts from 1 to 720 minutes.</source>
        <translation>A block lasts from 1 to 720 minutes.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="57"/>
        <source>Type a fixed start as a time of day, such as 14:15, or leave it empty.</source>
        <translation>Type a fixed start as a time of day, such as 14:15, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="59"/>
        <source>A block needs a title.</source>
        <translation>A block needs a title.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="60"/>
        <source>That value cannot be used here.</source>
        <translation>That value cannot be used here.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="113"/>
        <source>Start</source>
        <extracomment>(message) when an edit is refused</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="114"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="115"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="116"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="117"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="118"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="119"/>
        <source>Fixed start</source>
        <translation>Fixed start</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="120"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="150"/>
        <source>Does not fit: runs %1 min past the %2 anchor.</source>
        <translation>Does not fit: runs %1 min past the %2 anchor.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="155"/>
        <source>An anchor: this block starts at %1 whatever comes before.</source>
        <translation>An anchor: this block starts at %1 whatever comes before.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="208"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="260"/>
        <source>Move “%1”</source>
        <translation>Move “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="264"/>
        <source>New block</source>
        <translation>New block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="265"/>
        <source>Add a block</source>
        <translation>Add a block</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="269"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="279"/>
        <source>Shorten “%1”</source>
        <translation>Shorten “%1”</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/agenda/model.py" line="379"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
</TS>
