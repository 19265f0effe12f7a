<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ScribePage</name>
    <message>
        <source>Group&apos;s activities</source>
        <translation>Grupi tegevused</translation>
    </message>
    <message>
        <source>Vote on the activities</source>
        <translation>Hääleta tegevuste üle</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Omavalitsus</translation>
    </message>
    <message>
        <source>Choose the municipality</source>
        <translation>Vali omavalitsus</translation>
    </message>
    <message>
        <source>Area of open government</source>
        <translation>Avatud valitsemise valdkond</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Kirjeldus (soovi korral)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muuda</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Delete this activity?</source>
        <translation>Kas kustutad selle tegevuse?</translation>
    </message>
    <message>
        <source>Written down in the group</source>
        <translation>Grupis kirja pandud</translation>
    </message>
    <message>
        <source>Nothing written down yet.</source>
        <translation>Veel pole midagi kirja pandud.</translation>
    </message>
    <message>
        <source>Saved in the trainer&apos;s file.</source>
        <translation>Salvestatud koolitaja faili.</translation>
    </message>
    <message>
        <source>No connection: waiting to send</source>
        <translation>Ühendus puudub: ootab saatmist</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Saadan…</translation>
    </message>
    <message>
        <source>No connection to the trainer&apos;s computer. What you add is kept on this phone and sent when the connection is back.</source>
        <translation>Ühendus koolitaja arvutiga puudub. Mida lisad, hoitakse selles telefonis ja saadetakse, kui ühendus taastub.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Ühendatud</translation>
    </message>
    <message>
        <source>Did you mean „%1“?</source>
        <translation>Kas mõtlesid „%1“?</translation>
    </message>
    <message>
        <source>Dots left: %1 of %2</source>
        <translation>Täppe alles: %1/%2</translation>
    </message>
    <message>
        <source>Voting is not open. Wait for the trainer to open it.</source>
        <translation>Hääletus pole avatud. Oota, kuni koolitaja selle avab.</translation>
    </message>
    <message>
        <source>Your vote is saved.</source>
        <translation>Sinu hääl on salvestatud.</translation>
    </message>
    <message>
        <source>Give your dots to the activities that matter most. You can give one activity several dots and change your mind until voting closes.</source>
        <translation>Anna oma täpid tegevustele, mis on kõige olulisemad. Ühele tegevusele võid anda mitu täppi ja oma valikut muuta, kuni hääletus lõpeb.</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n täpp</numerusform>
            <numerusform>%n täppi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n dot(s) in all.</source>
        <translation>
            <numerusform>Sul on kokku %n täpp.</numerusform>
            <numerusform>Sul on kokku %n täppi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the activity first.</source>
        <translation>Kirjuta kõigepealt tegevus.</translation>
    </message>
    <message>
        <source>The activity is too long: at most %1 characters. Put the rest in the description.</source>
        <translation>Tegevus on liiga pikk: kõige rohkem %1 märki. Kirjuta ülejäänu kirjeldusse.</translation>
    </message>
    <message>
        <source>The description is too long: at most %1 characters.</source>
        <translation>Kirjeldus on liiga pikk: kõige rohkem %1 märki.</translation>
    </message>
    <message>
        <source>Choose an area from the list.</source>
        <translation>Vali valdkond loendist.</translation>
    </message>
    <message>
        <source>Choose the municipality from the list.</source>
        <translation>Vali omavalitsus loendist.</translation>
    </message>
    <message>
        <source>The trainer has stopped entries from this device. Ask the trainer.</source>
        <translation>Koolitaja on selle seadme sissekanded peatanud. Küsi koolitajalt.</translation>
    </message>
    <message>
        <source>This activity is no longer in the list.</source>
        <translation>Seda tegevust pole enam loendis.</translation>
    </message>
    <message>
        <source>Voting is not open.</source>
        <translation>Hääletus pole avatud.</translation>
    </message>
    <message>
        <source>The vote could not be read. Reload the page.</source>
        <translation>Häält ei õnnestunud lugeda. Laadi leht uuesti.</translation>
    </message>
    <message>
        <source>Reload the page and try again.</source>
        <translation>Laadi leht uuesti ja proovi veel kord.</translation>
    </message>
</context>
</TS>
