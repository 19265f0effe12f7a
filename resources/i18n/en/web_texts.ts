<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ScribePage</name>
    <message>
        <source>Group&apos;s activities</source>
        <translation>Group&apos;s activities</translation>
    </message>
    <message>
        <source>Vote on the activities</source>
        <translation>Vote on the activities</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Choose the municipality</source>
        <translation>Choose the municipality</translation>
    </message>
    <message>
        <source>Area of open government</source>
        <translation>Area of open government</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Description (optional)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>Delete this activity?</translation>
    </message>
    <message>
        <source>Written down in the group</source>
        <translation>Written down in the group</translation>
    </message>
    <message>
        <source>Nothing written down yet.</source>
        <translation>Nothing written down yet.</translation>
    </message>
    <message>
        <source>Saved in the trainer&apos;s file.</source>
        <translation>Saved in the trainer&apos;s file.</translation>
    </message>
    <message>
        <source>No connection: waiting to send</source>
        <translation>No connection: waiting to send</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>No connection to the trainer&apos;s computer. What you add is kept on this phone and sent when the connection is back.</source>
        <translation>No connection to the trainer&apos;s computer. What you add is kept on this phone and sent when the connection is back.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Did you mean „%1“?</source>
        <translation>Did you mean „%1“?</translation>
    </message>
    <message>
        <source>Dots left: %1 of %2</source>
        <translation>Dots left: %1 of %2</translation>
    </message>
    <message>
        <source>Voting is not open. Wait for the trainer to open it.</source>
        <translation>Voting is not open. Wait for the trainer to open it.</translation>
    </message>
    <message>
        <source>Your vote is saved.</source>
        <translation>Your vote is saved.</translation>
    </message>
    <message>
        <source>Give your dots to the activities that matter most. You can give one activity several dots and change your mind until voting closes.</source>
        <translation>Give your dots to the activities that matter most. You can give one activity several dots and change your mind until voting closes.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n dot(s) in all.</source>
        <translation>
            <numerusform>You have %n dot in all.</numerusform>
            <numerusform>You have %n dots in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the activity first.</source>
        <translation>Write the activity first.</translation>
    </message>
    <message>
        <source>The activity is too long: at most %1 characters. Put the rest in the description.</source>
        <translation>The activity is too long: at most %1 characters. Put the rest in the description.</translation>
    </message>
    <message>
        <source>The description is too long: at most %1 characters.</source>
        <translation>The description is too long: at most %1 characters.</translation>
    </message>
    <message>
        <source>Choose an area from the list.</source>
        <translation>Choose an area from the list.</translation>
    </message>
    <message>
        <source>Choose the municipality from the list.</source>
        <translation>Choose the municipality from the list.</translation>
    </message>
    <message>
        <source>The trainer has stopped entries from this device. Ask the trainer.</source>
        <translation>The trainer has stopped entries from this device. Ask the trainer.</translation>
    </message>
    <message>
        <source>This activity is no longer in the list.</source>
        <translation>This activity is no longer in the list.</translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation>Voting is not open.</translation>
    </message>
    <message>
        <source>The vote could not be read. Reload the page.</source>
        <translation>The vote could not be read. Reload the page.</translation>
    </message>
    <message>
        <source>Reload the page and try again.</source>
        <translation>Reload the page and try again.</translation>
    </message>
</context>
</TS>
