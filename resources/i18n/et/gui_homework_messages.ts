<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE">
<context>
    <name>ExportPage</name>
    <message>
        <source>“%1” could not be written: it is open in another program. Close it in Word and compile the pack again.</source>
        <translation>Faili „%1“ ei saanud kirjutada: see on teises programmis avatud. Sulge see Wordis ja koosta pakett uuesti.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the folder is read-only. Choose another folder.</source>
        <translation>Faili „%1“ ei saanud kirjutada: kaust on kirjutuskaitstud. Vali teine kaust.</translation>
    </message>
    <message>
        <source>“%1” could not be written: the disk is full. Free some space or choose another drive.</source>
        <translation>Faili „%1“ ei saanud kirjutada: ketas on täis. Vabasta ruumi või vali teine ketas.</translation>
    </message>
    <message>
        <source>The Word template “%1” cannot be used. Choose another one in Preferences, or clear it to use the built-in one.</source>
        <translation>Wordi malli „%1“ ei saa kasutada. Vali eelistustes teine mall või tühjenda väli, et kasutada sisseehitatud malli.</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2).</source>
        <translation>Faili „%1“ ei saanud kirjutada (%2).</translation>
    </message>
    <message>
        <source>The documents written before it are complete; no half-written file was left.</source>
        <translation>Enne seda kirjutatud dokumendid on terviklikud; poolikut faili ei jäänud.</translation>
    </message>
</context>
</TS>
