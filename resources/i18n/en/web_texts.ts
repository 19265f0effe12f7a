<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ScribePage</name>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="16"/>
        <source>Group&apos;s activities</source>
        <translation>Group&apos;s activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="17"/>
        <source>Vote on the activities</source>
        <translation>Vote on the activities</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="18"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="19"/>
        <source>Choose the municipality</source>
        <translation>Choose the municipality</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="20"/>
        <source>Area of open government</source>
        <translation>Area of open government</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="21"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="22"/>
        <source>Description (optional)</source>
        <translation>Description (optional)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="23"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="24"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="25"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="26"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="27"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="28"/>
        <source>Delete this activity?</source>
        <translation>Delete this activity?</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="29"/>
        <source>Written down in the group</source>
        <translation>Written down in the group</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="30"/>
        <source>Nothing written down yet.</source>
        <translation>Nothing written down yet.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="31"/>
        <source>Saved in the trainer&apos;s file.</source>
        <translation>Saved in the trainer&apos;s file.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="32"/>
        <source>No connection: waiting to send</source>
        <translation>No connection: waiting to send</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="33"/>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="34"/>
        <source>No connection to the trainer&apos;s computer. What you add is kept on this phone and sent when the connection is back.</source>
        <translation>No connection to the trainer&apos;s computer. What you add is kept on this phone and sent when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="37"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="38"/>
        <location filename="../../../avtoituba/web/texts.py" line="58"/>
        <source>Did you mean „%1“?</source>
        <translation>Did you mean „%1“?</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="39"/>
        <source>Dots left: %1 of %2</source>
        <translation>Dots left: %1 of %2</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="40"/>
        <source>Voting is not open. Wait for the trainer to open it.</source>
        <translation>Voting is not open. Wait for the trainer to open it.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="42"/>
        <source>Your vote is saved.</source>
        <translation>Your vote is saved.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="43"/>
        <source>Give your dots to the activities that matter most. You can give one activity several dots and change your mind until voting closes.</source>
        <translation>Give your dots to the activities that matter most. You can give one activity several dots and change your mind until voting closes.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="46"/>
        <source>dots</source>
        <translation>dots</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="50"/>
        <source>Write the activity first.</source>
        <translation>Write the activity first.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="51"/>
        <source>The activity is too long: at most %1 characters. Put the rest in the description.</source>
        <translation>The activity is too long: at most %1 characters. Put the rest in the description.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="53"/>
        <source>The description is too long: at most %1 characters.</source>
        <translation>The description is too long: at most %1 characters.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="55"/>
        <source>Choose an area from the list.</source>
        <translation>Choose an area from the list.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="56"/>
        <source>Choose the municipality from the list.</source>
        <translation>Choose the municipality from the list.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="59"/>
        <source>The trainer has stopped entries from this device. Ask the trainer.</source>
        <translation>The trainer has stopped entries from this device. Ask the trainer.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="61"/>
        <source>This activity is no longer in the list.</source>
        <translation>This activity is no longer in the list.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="62"/>
        <source>Voting is not open.</source>
        <translation>Voting is not open.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="63"/>
        <source>You have %1 dots in all.</source>
        <translation>You have %1 dots in all.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="64"/>
        <source>The vote could not be read. Reload the page.</source>
        <translation>The vote could not be read. Reload the page.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/web/texts.py" line="66"/>
        <source>Reload the page and try again.</source>
        <translation>Reload the page and try again.</translation>
    </message>
</context>
</TS>
