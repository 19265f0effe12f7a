<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>SeasonMessages</name>
    <message>
        <source>Write the season database&apos;s address as postgresql://USER@SERVER:PORT/DATABASE.</source>
        <translation>Write the season database&apos;s address as postgresql://USER@SERVER:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The season database %1 refused the user. Check the user name, and the password in your PostgreSQL password file (pgpass) or PGPASSWORD.</source>
        <translation>The season database %1 refused the user. Check the user name, and the password in your PostgreSQL password file (pgpass) or PGPASSWORD.</translation>
    </message>
    <message>
        <source>There is no such database at %1. Check its name, or ask the administrator to create it.</source>
        <translation>There is no such database at %1. Check its name, or ask the administrator to create it.</translation>
    </message>
    <message>
        <source>The season database %1 did not answer in time. Check the network and try again; nothing was changed.</source>
        <translation>The season database %1 did not answer in time. Check the network and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>The connection to the season database %1 was lost. Nothing was changed there or in your file: send again when it is back.</source>
        <translation>The connection to the season database %1 was lost. Nothing was changed there or in your file: send again when it is back.</translation>
    </message>
    <message>
        <source>Cannot reach the season database %1. Check the address and the network, or whether the server is running.</source>
        <translation>Cannot reach the season database %1. Check the address and the network, or whether the server is running.</translation>
    </message>
    <message>
        <source>The season database %1 was made by a newer version of avtoituba. Update avtoituba to use it; nothing was changed.</source>
        <translation>The season database %1 was made by a newer version of avtoituba. Update avtoituba to use it; nothing was changed.</translation>
    </message>
    <message>
        <source>The season database %1 holds no workshops yet.</source>
        <translation>The season database %1 holds no workshops yet.</translation>
    </message>
    <message>
        <source>The season database %1 has no such workshop. Refresh the list and choose again.</source>
        <translation>The season database %1 has no such workshop. Refresh the list and choose again.</translation>
    </message>
    <message>
        <source>The season database %1 already has a row like this one from another copy of the workshop (the same name twice). Rename it in one of the copies and send again.</source>
        <translation>The season database %1 already has a row like this one from another copy of the workshop (the same name twice). Rename it in one of the copies and send again.</translation>
    </message>
    <message>
        <source>The season database %1 answered with an error: %2</source>
        <translation>The season database %1 answered with an error: %2</translation>
    </message>
</context>
</TS>
