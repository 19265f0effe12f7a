<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Cli</name>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: viga: %2</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>katkestatud</translation>
    </message>
    <message>
        <source>an unexpected problem stopped the command; what was saved before it is safe; the details are in %1</source>
        <translation>ootamatu probleem peatas käsu; mis enne salvestati, on alles; üksikasjad on failis %1</translation>
    </message>
    <message>
        <source>an unexpected problem stopped the command; what was saved before it is safe</source>
        <translation>ootamatu probleem peatas käsu; mis enne salvestati, on alles</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1: on juba olemas; vali teine nimi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2; nothing imported</source>
        <translation>%1: %2; midagi ei imporditud</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: rida %2: %3</translation>
    </message>
    <message>
        <source>%1: row %2: %3 (%4): %5</source>
        <translation>%1: rida %2: %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (jäeti vahele)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors; nothing imported. Fix them, or use --skip-bad to import the good rows (%1)</source>
        <translation>
            <numerusform>%n real on vigu; midagi ei imporditud. Paranda vead või kasuta võtit --skip-bad, et importida korras read (%1)</numerusform>
            <numerusform>%n real on vigu; midagi ei imporditud. Paranda vead või kasuta võtit --skip-bad, et importida korras read (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n participant(s) would be imported (dry run, nothing saved)</source>
        <translation>
            <numerusform>%1: imporditaks %n osaleja (proovikäik, midagi ei salvestatud)</numerusform>
            <numerusform>%1: imporditaks %n osalejat (proovikäik, midagi ei salvestatud)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n participant(s)</source>
        <translation>
            <numerusform>%1: imporditi %n osaleja</numerusform>
            <numerusform>%1: imporditi %n osalejat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new municipality(ies)</source>
        <translation>
            <numerusform>, %n uus omavalitsus</numerusform>
            <numerusform>, %n uut omavalitsust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; skipped %n</source>
        <translation>
            <numerusform>; vahele jäeti %n</numerusform>
            <numerusform>; vahele jäeti %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) not imported: the same participants were imported meanwhile (another import of this list finished first); nobody is doubled (rows %2)</source>
        <translation>
            <numerusform>%1: %n rida jäi importimata: samad osalejad imporditi vahepeal (selle nimekirja teine import lõppes enne); kedagi ei lisatud kaks korda (read %2)</numerusform>
            <numerusform>%1: %n rida jäi importimata: samad osalejad imporditi vahepeal (selle nimekirja teine import lõppes enne); kedagi ei lisatud kaks korda (read %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>no participants</source>
        <translation>osalejaid pole</translation>
    </message>
    <message>
        <source>present</source>
        <translation>kohal</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>lukus</translation>
    </message>
    <message>
        <source>presenter</source>
        <translation>esitaja</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>%1. grupp</translation>
    </message>
    <message>
        <source>no group</source>
        <translation>grupita</translation>
    </message>
    <message>
        <source>(dry run: nothing saved)</source>
        <translation>(proovikäik: midagi ei salvestatud)</translation>
    </message>
    <message>
        <source>not in a group (%1): %2</source>
        <translation>grupita (%1): %2</translation>
    </message>
    <message>
        <source>--title is empty; give the activity a title</source>
        <translation>--title on tühi; anna tegevusele pealkiri</translation>
    </message>
    <message>
        <source>--municipality is empty; give the municipality&apos;s name</source>
        <translation>--municipality on tühi; sisesta omavalitsuse nimi</translation>
    </message>
    <message>
        <source>added #%1 to group %2: %3 (%4, area %5)</source>
        <translation>lisatud nr %1 %2. gruppi: %3 (%4, valdkond %5)</translation>
    </message>
    <message>
        <source>no municipality “%1” in this workshop (known: %2)</source>
        <translation>selles töötoas pole omavalitsust „%1“ (olemas: %2)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>veel pole ühtegi</translation>
    </message>
    <message>
        <source>no municipality “%1” in this workshop; did you mean “%2”? Give --municipality &quot;%2&quot;, or add --new-municipality if it is a new one</source>
        <translation>selles töötoas pole omavalitsust „%1“; kas mõtlesid „%2“? Anna --municipality &quot;%2&quot; või lisa --new-municipality, kui see on uus omavalitsus</translation>
    </message>
    <message>
        <source>no municipality “%1” in this workshop; did you mean “%2”?</source>
        <translation>selles töötoas pole omavalitsust „%1“; kas mõtlesid „%2“?</translation>
    </message>
    <message>
        <source>FROM and INTO are the same municipality (%1); give two different ones</source>
        <translation>mõlemad nimed on sama omavalitsus (%1); anna kaks eri omavalitsust</translation>
    </message>
    <message>
        <source>merged %1 into %2: moved %3 and %4</source>
        <translation>%1 liideti omavalitsusega %2: viidi üle %3 ja %4</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies)</source>
        <translation>
            <numerusform>%n tegevus</numerusform>
            <numerusform>%n tegevust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osaleja</numerusform>
            <numerusform>%n osalejat</numerusform>
        </translation>
    </message>
    <message>
        <source>changed #%1 in group %2: %3 (%4, area %5)</source>
        <translation>muudetud nr %1 %2. grupis: %3 (%4, valdkond %5)</translation>
    </message>
    <message>
        <source>#%1 unchanged: %2 (%3, area %4)</source>
        <translation>nr %1 jäi samaks: %2 (%3, valdkond %4)</translation>
    </message>
    <message>
        <source>nothing to change; give --title, --municipality or --area</source>
        <translation>pole midagi muuta; anna --title, --municipality või --area</translation>
    </message>
    <message>
        <source>no activity #%1 in this workshop; see “avtoituba activities list”</source>
        <translation>selles töötoas pole tegevust nr %1; vaata „avtoituba activities list“</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n activity(-ies) without a municipality: printed in every pack under “%1”; give each a municipality (on the Activities page or with “avtoituba activities edit FILE ID --municipality M”) to print it in its own pack only</source>
        <translation>
            <numerusform>hoiatus: %n tegevusel pole omavalitsust: see trükitakse igasse paketti pealkirja „%1“ alla; anna sellele omavalitsus (lehel Tegevused või käsuga „avtoituba activities edit FAIL NR --municipality M“), et see jõuaks ainult oma omavalitsuse paketti</numerusform>
            <numerusform>hoiatus: %n tegevusel pole omavalitsust: need trükitakse igasse paketti pealkirja „%1“ alla; anna igaühele omavalitsus (lehel Tegevused või käsuga „avtoituba activities edit FAIL NR --municipality M“), et see jõuaks ainult oma omavalitsuse paketti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n activity(-ies) without a municipality (--strict: nothing written)</source>
        <translation>
            <numerusform>hoiatus: %n tegevusel pole omavalitsust (--strict: midagi ei kirjutatud)</numerusform>
            <numerusform>hoiatus: %n tegevusel pole omavalitsust (--strict: midagi ei kirjutatud)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies) without a municipality; give each one with “avtoituba activities edit FILE ID --municipality M”, or export without --strict</source>
        <translation>
            <numerusform>%n tegevusel pole omavalitsust; anna see käsuga „avtoituba activities edit FAIL NR --municipality M“ või ekspordi ilma võtmeta --strict</numerusform>
            <numerusform>%n tegevusel pole omavalitsust; anna igaühele see käsuga „avtoituba activities edit FAIL NR --municipality M“ või ekspordi ilma võtmeta --strict</numerusform>
        </translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(pealkirjata)</translation>
    </message>
    <message numerus="yes">
        <source>replaced an earlier pack; its %n file(s) are kept in %1</source>
        <translation>
            <numerusform>varasem pakett asendati; selle %n fail on alles kaustas %1</numerusform>
            <numerusform>varasem pakett asendati; selle %n faili on alles kaustas %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no activities</source>
        <translation>tegevusi pole</translation>
    </message>
    <message>
        <source>%1: the agenda has no blocks</source>
        <translation>%1: ajakavas pole ühtegi plokki</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ei toimunud</translation>
    </message>
    <message>
        <source>  [actual %1]</source>
        <translation>  [tegelik %1]</translation>
    </message>
    <message>
        <source>  &lt;- now</source>
        <translation>  &lt;- praegu</translation>
    </message>
    <message>
        <source>  !! runs %1 min past the fixed start %2</source>
        <translation>  !! ulatub %1 min üle kindla algusaja %2</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>plaanitud lõpp %1</translation>
    </message>
    <message>
        <source>, forecast end %1 (%2 min), timer %3</source>
        <translation>, prognoositud lõpp %1 (%2 min), taimer: %3</translation>
    </message>
    <message>
        <source>(* a fixed start)</source>
        <translation>(* kindel algusaeg)</translation>
    </message>
    <message>
        <source>title</source>
        <translation>pealkiri</translation>
    </message>
    <message>
        <source>date</source>
        <translation>kuupäev</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>toimumiskoht</translation>
    </message>
    <message>
        <source>language</source>
        <translation>keel</translation>
    </message>
    <message>
        <source>agenda items</source>
        <translation>ajakava plokke</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>valdkondi</translation>
    </message>
    <message>
        <source>municipalities</source>
        <translation>omavalitsusi</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>osalejaid</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>tegevusi</translation>
    </message>
</context>
</TS>
