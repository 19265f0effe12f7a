<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="132" />
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="134" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="136" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="138" />
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="140" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="143" />
        <source>Workshop &amp;details…</source>
        <translation>Workshop &amp;details…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="145" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="159" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="160" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="162" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="167" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="173" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="174" />
        <source>&amp;Projector window</source>
        <translation>&amp;Projector window</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="177" />
        <source>&amp;Blackout projector</source>
        <translation>&amp;Blackout projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="187" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="188" />
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="192" />
        <source>&amp;About avtoituba</source>
        <translation>&amp;About avtoituba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="200" />
        <source>No recent workshops</source>
        <translation>No recent workshops</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="210" />
        <source>&amp;Clear the list</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="335" />
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="364" />
        <source>Workshop files (*%1);;All files (*)</source>
        <translation>Workshop files (*%1);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="367" />
        <location filename="../../../avtoituba/gui/main_window.py" line="375" />
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="376" />
        <source>“%1” already exists. Open it with File › Open, or choose another name.</source>
        <translation>“%1” already exists. Open it with File › Open, or choose another name.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="384" />
        <source>The workshop could not be created.</source>
        <translation>The workshop could not be created.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="391" />
        <location filename="../../../avtoituba/gui/main_window.py" line="406" />
        <location filename="../../../avtoituba/gui/main_window.py" line="420" />
        <source>Open a workshop</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="407" />
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="429" />
        <source>Check that the folder exists, is writable and the disk is not full, then try again.</source>
        <translation>Check that the folder exists, is writable and the disk is not full, then try again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="438" />
        <location filename="../../../avtoituba/gui/main_window.py" line="450" />
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="448" />
        <source>The copy could not be saved.</source>
        <translation>The copy could not be saved.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="451" />
        <source>Choose a different name from the open file.</source>
        <translation>Choose a different name from the open file.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="453" />
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="470" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="471" />
        <source>The new language takes effect when avtoituba is started again.</source>
        <translation>The new language takes effect when avtoituba is started again.</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="482" />
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/main_window.py" line="483" />
        <source>The user guide is not installed with this copy of avtoituba.</source>
        <translation>The user guide is not installed with this copy of avtoituba.</translation>
    </message>
</context>
</TS>
