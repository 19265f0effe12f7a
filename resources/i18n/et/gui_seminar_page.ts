<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>SeminarPage</name>
    <message>
        <source>&amp;Seminar</source>
        <translation>&amp;Seminar</translation>
    </message>
    <message>
        <source>The note could not be saved to the workshop file. It is still in the field; check that the file is there and writable, then type again.</source>
        <translation>Märget ei õnnestunud töötoa faili salvestada. Tekst on väljal alles; kontrolli, kas fail on olemas ja sinna saab kirjutada, ning kirjuta uuesti.</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Jätkuseminar</translation>
    </message>
    <message>
        <source>The usual day: %1</source>
        <translation>Tavapärane päev: %1</translation>
    </message>
    <message>
        <source>%1 min a municipality</source>
        <translation>%1 min omavalitsuse kohta</translation>
    </message>
    <message>
        <source> (absent)</source>
        <translation> (puudub)</translation>
    </message>
    <message>
        <source> (moved later)</source>
        <translation> (hiljem)</translation>
    </message>
    <message>
        <source>%1–%2  Opening</source>
        <translation>%1–%2  Avasõnad</translation>
    </message>
    <message>
        <source>%1–%2  Discussion</source>
        <translation>%1–%2  Arutelu</translation>
    </message>
    <message>
        <source>%1–%2  Closing</source>
        <translation>%1–%2  Lõpetamine</translation>
    </message>
    <message>
        <source>The seminar is over</source>
        <translation>Seminar on lõppenud</translation>
    </message>
    <message>
        <source>Municipality %1 of %2</source>
        <translation>Omavalitsus %1/%2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Järgmine: %1</translation>
    </message>
    <message>
        <source>Ends as planned at %1</source>
        <translation>Lõpeb plaanipäraselt kell %1</translation>
    </message>
    <message>
        <source>Ends about %1</source>
        <translation>Lõpeb umbes kell %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Peata</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>J&amp;ätka</translation>
    </message>
    <message>
        <source>&amp;Start the seminar</source>
        <translation>&amp;Alusta seminari</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Aitäh!</translation>
    </message>
    <message>
        <source>Start the seminar</source>
        <translation>Seminari alustamine</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Taimeri peatamine</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Taimeri jätkamine</translation>
    </message>
    <message>
        <source>Next municipality</source>
        <translation>Järgmine omavalitsus</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Eelmine osa</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Minuti lisamine</translation>
    </message>
    <message>
        <source>Take a minute away</source>
        <translation>Minuti vähendamine</translation>
    </message>
    <message>
        <source>End the seminar</source>
        <translation>Seminari lõpetamine</translation>
    </message>
    <message>
        <source>Reopen the seminar</source>
        <translation>Seminari uuesti avamine</translation>
    </message>
    <message>
        <source>The change could not be written to the workshop file, so nothing was changed. Check that the file is still there and writable, then try again.</source>
        <translation>Muudatust ei õnnestunud töötoa faili kirjutada, seega midagi ei muutunud. Kontrolli, kas fail on alles ja sinna saab kirjutada, ning proovi uuesti.</translation>
    </message>
</context>
</TS>
