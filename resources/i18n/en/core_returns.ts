<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Returns</name>
    <message>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>leaders</source>
        <translation>leaders</translation>
    </message>
    <message>
        <source>key people</source>
        <translation>key people</translation>
    </message>
    <message>
        <source>outside partners</source>
        <translation>outside partners</translation>
    </message>
    <message>
        <source>who to involve (note)</source>
        <translation>who to involve (note)</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>responsible</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>digital solution</source>
        <translation>digital solution</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>OGP commitment</source>
        <translation>OGP commitment</translation>
    </message>
    <message>
        <source>OGP: problem</source>
        <translation>OGP: problem</translation>
    </message>
    <message>
        <source>OGP: current situation</source>
        <translation>OGP: current situation</translation>
    </message>
    <message>
        <source>OGP: what changes</source>
        <translation>OGP: what changes</translation>
    </message>
    <message>
        <source>OGP: values</source>
        <translation>OGP: values</translation>
    </message>
    <message>
        <source>OGP: milestones</source>
        <translation>OGP: milestones</translation>
    </message>
    <message>
        <source>OGP: responsible body</source>
        <translation>OGP: responsible body</translation>
    </message>
    <message>
        <source>OGP: contact person</source>
        <translation>OGP: contact person</translation>
    </message>
    <message>
        <source>OGP: other actors</source>
        <translation>OGP: other actors</translation>
    </message>
    <message>
        <source>OGP: budget</source>
        <translation>OGP: budget</translation>
    </message>
    <message>
        <source>OGP: development plan</source>
        <translation>OGP: development plan</translation>
    </message>
    <message>
        <source>%1 is a folder with no Word documents (.docx) in it</source>
        <translation>%1 is a folder with no Word documents (.docx) in it</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose the .docx file the municipality sent</source>
        <translation>%1 is not a regular file; choose the .docx file the municipality sent</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); check that the file is not open elsewhere and try again</source>
        <translation>%1 cannot be read (%2); check that the file is not open elsewhere and try again</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a homework document may be at most %3 MB. Ask the team to save it without large pictures</source>
        <translation>%1 is %2 MB; a homework document may be at most %3 MB. Ask the team to save it without large pictures</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MB, far more than a homework document needs; it was not read</source>
        <translation>%1 would unpack to more than %2 MB, far more than a homework document needs; it was not read</translation>
    </message>
    <message>
        <source>%1 is a PDF, not a Word document; ask the team for the .docx file they filled in</source>
        <translation>%1 is a PDF, not a Word document; ask the team for the .docx file they filled in</translation>
    </message>
    <message>
        <source>%1 is an OpenDocument text (.odt) renamed to .docx; open it in LibreOffice, save it as Word (.docx) and import that</source>
        <translation>%1 is an OpenDocument text (.odt) renamed to .docx; open it in LibreOffice, save it as Word (.docx) and import that</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx); choose the file the municipality sent back</source>
        <translation>%1 is not a Word document (.docx); choose the file the municipality sent back</translation>
    </message>
    <message>
        <source>%1 is damaged (%2 cannot be read); open it in Word or LibreOffice, save it again and import that</source>
        <translation>%1 is damaged (%2 cannot be read); open it in Word or LibreOffice, save it again and import that</translation>
    </message>
    <message>
        <source>%1 is not a homework pack made by avtoituba (its invisible marks are missing); import the pack the municipality received, filled in</source>
        <translation>%1 is not a homework pack made by avtoituba (its invisible marks are missing); import the pack the municipality received, filled in</translation>
    </message>
    <message>
        <source>%1 is a homework pack from another workshop; open that workshop&apos;s file to import it</source>
        <translation>%1 is a homework pack from another workshop; open that workshop&apos;s file to import it</translation>
    </message>
    <message>
        <source>%1 has no activity tables left (they were deleted); ask the team to write into the pack&apos;s tables</source>
        <translation>%1 has no activity tables left (they were deleted); ask the team to write into the pack&apos;s tables</translation>
    </message>
    <message>
        <source>in %1, table %2 was merged with the one after it; split the tables again in Word (Table › Split table) and import again</source>
        <translation>in %1, table %2 was merged with the one after it; split the tables again in Word (Table › Split table) and import again</translation>
    </message>
    <message>
        <source>in %1, table %2 has %3 columns instead of %4; undo the change of columns and import again</source>
        <translation>in %1, table %2 has %3 columns instead of %4; undo the change of columns and import again</translation>
    </message>
    <message>
        <source>in %1, table %2 has more than %3 rows; it was not read</source>
        <translation>in %1, table %2 has more than %3 rows; it was not read</translation>
    </message>
    <message>
        <source>%1 was made for „%2“, which is now called „%3“. Import it as „%3“?</source>
        <translation>%1 was made for „%2“, which is now called „%3“. Import it as „%3“?</translation>
    </message>
    <message>
        <source>%1 is for „%2“, which is not in this workshop</source>
        <translation>%1 is for „%2“, which is not in this workshop</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: the row&apos;s cells were merged or split; the row was not read</source>
        <translation>%1, table %2, row %3: the row&apos;s cells were merged or split; the row was not read</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: the row has no activity; it was not read</source>
        <translation>%1, table %2, row %3: the row has no activity; it was not read</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: „%4“ in the digital solution column is neither ☒ nor ☐; the value was kept</source>
        <translation>%1, table %2, row %3: „%4“ in the digital solution column is neither ☒ nor ☐; the value was kept</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: no area „%4“; the activity is added without an area</source>
        <translation>%1, table %2, row %3: no area „%4“; the activity is added without an area</translation>
    </message>
    <message>
        <source>%1, table %2, row %3: „%4“ is listed twice; it is taken once</source>
        <translation>%1, table %2, row %3: „%4“ is listed twice; it is taken once</translation>
    </message>
    <message>
        <source>%1, table %2: the OGP commitment sheet&apos;s rows were added, deleted or merged; the sheet was not read</source>
        <translation>%1, table %2: the OGP commitment sheet&apos;s rows were added, deleted or merged; the sheet was not read</translation>
    </message>
    <message>
        <source>%1, table %2: a milestone ends before it starts, or there are too many; the milestones were kept as they were</source>
        <translation>%1, table %2: a milestone ends before it starts, or there are too many; the milestones were kept as they were</translation>
    </message>
    <message>
        <source>%1, table %2: the OGP commitment sheet is for an activity no longer in the workshop; it was not read</source>
        <translation>%1, table %2: the OGP commitment sheet is for an activity no longer in the workshop; it was not read</translation>
    </message>
</context>
</TS>
