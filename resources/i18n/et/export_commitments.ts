<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>Documents</name>
    <message>
        <source>Draft OGP action plan</source>
        <translation>AVP tegevuskava mustand</translation>
    </message>
    <message>
        <source>Each activity has a sheet for describing it as a commitment of the Open Government Partnership (OGP). Complete the sheets: together they are the draft of your local OGP action plan.</source>
        <translation>Iga tegevuse kohta on leht, kuhu saate selle kirjeldada avatud valitsemise partnerluse (AVP) kohustusena. Täiendage lehti: koos on need teie kohaliku AVP tegevuskava mustand.</translation>
    </message>
    <message>
        <source>Commitment: %1</source>
        <translation>Kohustus: %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tegevus</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Valdkond</translation>
    </message>
    <message>
        <source>Problem the activity addresses</source>
        <translation>Probleem, mida tegevus lahendab</translation>
    </message>
    <message>
        <source>Current situation</source>
        <translation>Praegune olukord</translation>
    </message>
    <message>
        <source>What the activity changes</source>
        <translation>Mida tegevus muudab</translation>
    </message>
    <message>
        <source>OGP values</source>
        <translation>AVP väärtused</translation>
    </message>
    <message>
        <source>transparency</source>
        <translation>läbipaistvus</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>kaasamine</translation>
    </message>
    <message>
        <source>accountability</source>
        <translation>aruandekohustus</translation>
    </message>
    <message>
        <source>Milestones (start–end)</source>
        <translation>Vahe-eesmärgid (algus–lõpp)</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Vastutav asutus</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktisik</translation>
    </message>
    <message>
        <source>Other actors</source>
        <translation>Teised osalejad</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Eelarve</translation>
    </message>
    <message>
        <source>Link to the development plan</source>
        <translation>Seos arengukavaga</translation>
    </message>
</context>
</TS>
