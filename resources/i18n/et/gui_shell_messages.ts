<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>FileMessages</name>
    <message>
        <source>“%1” was not found.</source>
        <translation>Faili „%1“ ei leitud.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed. Choose it again with File › Open.</source>
        <translation>See võib olla teisaldatud või ümber nimetatud. Vali see uuesti menüüst Fail › Ava.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>Fail „%1“ on tühi.</translation>
    </message>
    <message>
        <source>The file has no content (0 bytes), perhaps from an interrupted copy. Open the original or restore a backup.</source>
        <translation>Failis pole sisu (0 baiti), ehk katkes kopeerimine. Ava originaal või taasta varukoopia.</translation>
    </message>
    <message>
        <source>“%1” is not an avtoituba workshop file.</source>
        <translation>„%1“ ei ole avtoituba töötoa fail.</translation>
    </message>
    <message>
        <source>Choose a workshop file (.avtoituba). To bring in participants from a spreadsheet, use the import on the Participants page.</source>
        <translation>Vali töötoa fail (.avtoituba). Osalejate toomiseks tabelist kasuta importi lehel „Osalejad ja grupid“.</translation>
    </message>
    <message>
        <source>“%1” belongs to another program.</source>
        <translation>„%1“ kuulub teisele programmile.</translation>
    </message>
    <message>
        <source>It is a database, but not an avtoituba workshop. It was left unchanged.</source>
        <translation>See on andmebaas, kuid mitte avtoituba töötuba. Faili ei muudetud.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer avtoituba.</source>
        <translation>„%1“ on salvestatud avtoituba uuema versiooniga.</translation>
    </message>
    <message>
        <source>Update avtoituba to open it. The file was left unchanged.</source>
        <translation>Selle avamiseks uuenda avtoituba. Faili ei muudetud.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened.</source>
        <translation>„%1“ on vigane ja seda ei saa avada.</translation>
    </message>
    <message>
        <source>Restore a backup with File › Restore from backup, or open a copy from your USB stick. The file was left unchanged.</source>
        <translation>Taasta varukoopia menüüst Fail › Taasta varukoopiast või ava koopia oma mälupulgalt. Faili ei muudetud.</translation>
    </message>
    <message>
        <source>“%1” has a journal beside it that does not belong to it.</source>
        <translation>Faili „%1“ kõrval on logifail, mis selle juurde ei kuulu.</translation>
    </message>
    <message>
        <source>The file itself is sound, but “%1” beside it comes from another workshop or another copy of this one, and opening would mix the two. Move “%1” to another folder (keep it), then open the file again. Nothing was changed.</source>
        <translation>Fail ise on terve, kuid selle kõrval olev „%1“ on teisest töötoast või selle töötoa teisest koopiast ja avamine segaks need omavahel. Tõsta „%1“ teise kausta (hoia see alles) ja ava fail uuesti. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened on a read-only medium.</source>
        <translation>Faili „%1“ ei saa kirjutuskaitstud andmekandjal avada.</translation>
    </message>
    <message>
        <source>The file is not damaged: its last changes wait in “%1” beside it, which cannot be read where nothing may be written. Copy the file together with “%1” to your computer and open it there.</source>
        <translation>Fail ei ole kahjustatud: selle viimased muudatused ootavad kõrvalolevas failis „%1“, mida ei saa lugeda seal, kuhu midagi kirjutada ei tohi. Kopeeri fail koos failiga „%1“ oma arvutisse ja ava see seal.</translation>
    </message>
    <message>
        <source>“%1” cannot be written to.</source>
        <translation>Faili „%1“ ei saa kirjutada.</translation>
    </message>
    <message>
        <source>It is on a read-only medium or folder. Open it read-only to look at it, or copy it to your computer first.</source>
        <translation>See asub kirjutuskaitstud andmekandjal või kaustas. Ava see vaatamiseks ainult lugemiseks või kopeeri see esmalt oma arvutisse.</translation>
    </message>
    <message>
        <source>The disk is full: the last change to “%1” was not saved.</source>
        <translation>Ketas on täis: viimast muudatust faili „%1“ ei salvestatud.</translation>
    </message>
    <message>
        <source>Everything before it is safe in the file. Free some space on the disk (empty the trash, move large files away), then do the last change again.</source>
        <translation>Kõik varasem on failis alles. Vabasta kettal ruumi (tühjenda prügikast, tõsta suuri faile mujale) ja tee viimane muudatus uuesti.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded.</source>
        <translation>Faili „%1“ ei õnnestunud uuendada.</translation>
    </message>
    <message>
        <source>A copy of the file as it was is kept beside it (.bak).</source>
        <translation>Faili algne koopia on hoitud selle kõrval (.bak).</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>Faili „%1“ ei õnnestunud avada.</translation>
    </message>
    <message>
        <source>“%1” is damaged. avtoituba stopped writing to it.</source>
        <translation>„%1“ on vigane. avtoituba ei kirjuta sinna enam midagi.</translation>
    </message>
    <message>
        <source>The workshop is shown read-only so that nothing more is written to the damaged file. Open a copy from your USB stick, or look in File › Restore from backup for a backup.</source>
        <translation>Töötuba on avatud ainult lugemiseks, et vigasesse faili midagi juurde ei kirjutataks. Ava koopia oma mälupulgalt või otsi varukoopiat menüüst Fail › Taasta varukoopiast.</translation>
    </message>
    <message>
        <source>The workshop is shown read-only so that nothing more is written to the damaged file. Restore the last good backup (%1 at %2) with File › Restore from backup.</source>
        <translation>Töötuba on avatud ainult lugemiseks, et vigasesse faili midagi juurde ei kirjutataks. Taasta viimane korras varukoopia (%1 kell %2) menüüst Fail › Taasta varukoopiast.</translation>
    </message>
</context>
</TS>
