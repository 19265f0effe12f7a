<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Cli</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>an unexpected problem stopped the command; what was saved before it is safe; the details are in %1</source>
        <translation>an unexpected problem stopped the command; what was saved before it is safe; the details are in %1</translation>
    </message>
    <message>
        <source>an unexpected problem stopped the command; what was saved before it is safe</source>
        <translation>an unexpected problem stopped the command; what was saved before it is safe</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1: already exists; choose another name</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing imported</source>
        <translation>%1: %2; nothing imported</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: row %2: %3</translation>
    </message>
    <message>
        <source>%1: row %2: %3 (%4): %5</source>
        <translation>%1: row %2: %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (skipped)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors; nothing imported. Fix them, or use --skip-bad to import the good rows (%1)</source>
        <translation>
            <numerusform>%n row with errors; nothing imported. Fix it, or use --skip-bad to import the good rows (%1)</numerusform>
            <numerusform>%n rows with errors; nothing imported. Fix them, or use --skip-bad to import the good rows (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n participant(s) would be imported (dry run, nothing saved)</source>
        <translation>
            <numerusform>%1: %n participant would be imported (dry run, nothing saved)</numerusform>
            <numerusform>%1: %n participants would be imported (dry run, nothing saved)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n participant(s)</source>
        <translation>
            <numerusform>%1: imported %n participant</numerusform>
            <numerusform>%1: imported %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new municipality(ies)</source>
        <translation>
            <numerusform>, %n new municipality</numerusform>
            <numerusform>, %n new municipalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n</source>
        <translation>
            <numerusform>; skipped %n</numerusform>
            <numerusform>; skipped %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) not imported: the same participants were imported meanwhile (another import of this list finished first); nobody is doubled (rows %2)</source>
        <translation>
            <numerusform>%1: %n row(s) not imported: the same participants were imported meanwhile (another import of this list finished first); nobody is doubled (rows %2)</numerusform>
            <numerusform>%1: %n row(s) not imported: the same participants were imported meanwhile (another import of this list finished first); nobody is doubled (rows %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>no participants</source>
        <translation>no participants</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>presenter</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>no group</translation>
    </message>
    <message>
        <source>(dry run: nothing saved)</source>
        <translation>(dry run: nothing saved)</translation>
    </message>
    <message>
        <source>not in a group (%1): %2</source>
        <translation>not in a group (%1): %2</translation>
    </message>
    <message>
        <source>--title is empty; give the activity a title</source>
        <translation>--title is empty; give the activity a title</translation>
    </message>
    <message>
        <source>--municipality is empty; give the municipality&apos;s name</source>
        <translation>--municipality is empty; give the municipality&apos;s name</translation>
    </message>
    <message>
        <source>added #%1 to group %2: %3 (%4, area %5)</source>
        <translation>added #%1 to group %2: %3 (%4, area %5)</translation>
    </message>
    <message>
        <source>no municipality “%1” in this workshop (known: %2)</source>
        <translation>no municipality “%1” in this workshop (known: %2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>no municipality “%1” in this workshop; did you mean “%2”? Give --municipality &quot;%2&quot;, or add --new-municipality if it is a new one</source>
        <translation>no municipality “%1” in this workshop; did you mean “%2”? Give --municipality &quot;%2&quot;, or add --new-municipality if it is a new one</translation>
    </message>
    <message>
        <source>no municipality “%1” in this workshop; did you mean “%2”?</source>
        <translation>no municipality “%1” in this workshop; did you mean “%2”?</translation>
    </message>
    <message>
        <source>FROM and INTO are the same municipality (%1); give two different ones</source>
        <translation>FROM and INTO are the same municipality (%1); give two different ones</translation>
    </message>
    <message>
        <source>merged %1 into %2: moved %3 and %4</source>
        <translation>merged %1 into %2: moved %3 and %4</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>changed #%1 in group %2: %3 (%4, area %5)</source>
        <translation>changed #%1 in group %2: %3 (%4, area %5)</translation>
    </message>
    <message>
        <source>#%1 unchanged: %2 (%3, area %4)</source>
        <translation>#%1 unchanged: %2 (%3, area %4)</translation>
    </message>
    <message>
        <source>nothing to change; give --title, --municipality or --area</source>
        <translation>nothing to change; give --title, --municipality or --area</translation>
    </message>
    <message>
        <source>no activity #%1 in this workshop; see “avtoituba activities list”</source>
        <translation>no activity #%1 in this workshop; see “avtoituba activities list”</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n activity(-ies) without a municipality: printed in every pack under “%1”; give each a municipality (on the Activities page or with “avtoituba activities edit FILE ID --municipality M”) to print it in its own pack only</source>
        <translation>
            <numerusform>warning: %n activity without a municipality: printed in every pack under “%1”; give it a municipality (on the Activities page or with “avtoituba activities edit FILE ID --municipality M”) to print it in its own pack only</numerusform>
            <numerusform>warning: %n activities without a municipality: printed in every pack under “%1”; give each a municipality (on the Activities page or with “avtoituba activities edit FILE ID --municipality M”) to print it in its own pack only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n activity(-ies) without a municipality (--strict: nothing written)</source>
        <translation>
            <numerusform>warning: %n activity without a municipality (--strict: nothing written)</numerusform>
            <numerusform>warning: %n activities without a municipality (--strict: nothing written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies) without a municipality; give each one with “avtoituba activities edit FILE ID --municipality M”, or export without --strict</source>
        <translation>
            <numerusform>%n activity without a municipality; give it one with “avtoituba activities edit FILE ID --municipality M”, or export without --strict</numerusform>
            <numerusform>%n activities without a municipality; give each one with “avtoituba activities edit FILE ID --municipality M”, or export without --strict</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message numerus="yes">
        <source>replaced an earlier pack; its %n file(s) are kept in %1</source>
        <translation>
            <numerusform>replaced an earlier pack; its %n file is kept in %1</numerusform>
            <numerusform>replaced an earlier pack; its %n files are kept in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no activities</source>
        <translation>no activities</translation>
    </message>
    <message>
        <source>%1: the agenda has no blocks</source>
        <translation>%1: the agenda has no blocks</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>  [actual %1]</source>
        <translation>  [actual %1]</translation>
    </message>
    <message>
        <source>  &lt;- now</source>
        <translation>  &lt;- now</translation>
    </message>
    <message>
        <source>  !! runs %1 min past the fixed start %2</source>
        <translation>  !! runs %1 min past the fixed start %2</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>planned end %1</translation>
    </message>
    <message>
        <source>, forecast end %1 (%2 min), timer %3</source>
        <translation>, forecast end %1 (%2 min), timer %3</translation>
    </message>
    <message>
        <source>(* a fixed start)</source>
        <translation>(* a fixed start)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>venue</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>agenda items</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groups</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>areas</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
</context>
</TS>
