<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FileMessages</name>
    <message>
        <source>“%1” was not found.</source>
        <translation>“%1” was not found.</translation>
    </message>
    <message>
        <source>It may have been moved or renamed. Choose it again with File › Open.</source>
        <translation>It may have been moved or renamed. Choose it again with File › Open.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>The file has no content (0 bytes), perhaps from an interrupted copy. Open the original or restore a backup.</source>
        <translation>The file has no content (0 bytes), perhaps from an interrupted copy. Open the original or restore a backup.</translation>
    </message>
    <message>
        <source>“%1” is not an avtoituba workshop file.</source>
        <translation>“%1” is not an avtoituba workshop file.</translation>
    </message>
    <message>
        <source>Choose a workshop file (.avtoituba). To bring in participants from a spreadsheet, use the import on the Participants page.</source>
        <translation>Choose a workshop file (.avtoituba). To bring in participants from a spreadsheet, use the import on the Participants page.</translation>
    </message>
    <message>
        <source>“%1” belongs to another program.</source>
        <translation>“%1” belongs to another program.</translation>
    </message>
    <message>
        <source>It is a database, but not an avtoituba workshop. It was left unchanged.</source>
        <translation>It is a database, but not an avtoituba workshop. It was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer avtoituba.</source>
        <translation>“%1” was saved by a newer avtoituba.</translation>
    </message>
    <message>
        <source>Update avtoituba to open it. The file was left unchanged.</source>
        <translation>Update avtoituba to open it. The file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened.</source>
        <translation>“%1” is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>Restore a backup with File › Restore from backup, or open a copy from your USB stick. The file was left unchanged.</source>
        <translation>Restore a backup with File › Restore from backup, or open a copy from your USB stick. The file was left unchanged.</translation>
    </message>
    <message>
        <source>“%1” has a journal beside it that does not belong to it.</source>
        <translation>“%1” has a journal beside it that does not belong to it.</translation>
    </message>
    <message>
        <source>The file itself is sound, but “%1” beside it comes from another workshop or another copy of this one, and opening would mix the two. Move “%1” to another folder (keep it), then open the file again. Nothing was changed.</source>
        <translation>The file itself is sound, but “%1” beside it comes from another workshop or another copy of this one, and opening would mix the two. Move “%1” to another folder (keep it), then open the file again. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened on a read-only medium.</source>
        <translation>“%1” cannot be opened on a read-only medium.</translation>
    </message>
    <message>
        <source>The file is not damaged: its last changes wait in “%1” beside it, which cannot be read where nothing may be written. Copy the file together with “%1” to your computer and open it there.</source>
        <translation>The file is not damaged: its last changes wait in “%1” beside it, which cannot be read where nothing may be written. Copy the file together with “%1” to your computer and open it there.</translation>
    </message>
    <message>
        <source>“%1” cannot be written to.</source>
        <translation>“%1” cannot be written to.</translation>
    </message>
    <message>
        <source>It is on a read-only medium or folder. Open it read-only to look at it, or copy it to your computer first.</source>
        <translation>It is on a read-only medium or folder. Open it read-only to look at it, or copy it to your computer first.</translation>
    </message>
    <message>
        <source>The disk is full: the last change to “%1” was not saved.</source>
        <translation>The disk is full: the last change to “%1” was not saved.</translation>
    </message>
    <message>
        <source>Everything before it is safe in the file. Free some space on the disk (empty the trash, move large files away), then do the last change again.</source>
        <translation>Everything before it is safe in the file. Free some space on the disk (empty the trash, move large files away), then do the last change again.</translation>
    </message>
    <message>
        <source>“%1” could not be upgraded.</source>
        <translation>“%1” could not be upgraded.</translation>
    </message>
    <message>
        <source>A copy of the file as it was is kept beside it (.bak).</source>
        <translation>A copy of the file as it was is kept beside it (.bak).</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>“%1” could not be opened.</translation>
    </message>
    <message>
        <source>“%1” is damaged. avtoituba stopped writing to it.</source>
        <translation>“%1” is damaged. avtoituba stopped writing to it.</translation>
    </message>
    <message>
        <source>The workshop is shown read-only so that nothing more is written to the damaged file. Open a copy from your USB stick, or look in File › Restore from backup for a backup.</source>
        <translation>The workshop is shown read-only so that nothing more is written to the damaged file. Open a copy from your USB stick, or look in File › Restore from backup for a backup.</translation>
    </message>
    <message>
        <source>The workshop is shown read-only so that nothing more is written to the damaged file. Restore the last good backup (%1 at %2) with File › Restore from backup.</source>
        <translation>The workshop is shown read-only so that nothing more is written to the damaged file. Restore the last good backup (%1 at %2) with File › Restore from backup.</translation>
    </message>
</context>
</TS>
