<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="36"/>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="38"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="40"/>
        <source>Save a &amp;copy as…</source>
        <translation>Save a &amp;copy as…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="42"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="44"/>
        <source>Workshop &amp;details…</source>
        <translation>Workshop &amp;details…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="47"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="49"/>
        <source>&amp;Projector window</source>
        <translation>&amp;Projector window</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="51"/>
        <source>&amp;Blackout projector</source>
        <translation>&amp;Blackout projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="53"/>
        <source>&amp;Next page on the projector</source>
        <translation>&amp;Next page on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="56"/>
        <source>Pre&amp;vious page on the projector</source>
        <translation>Pre&amp;vious page on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="58"/>
        <source>Projector &amp;screen…</source>
        <translation>Projector &amp;screen…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="60"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="62"/>
        <source>&amp;About avtoituba</source>
        <translation>&amp;About avtoituba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="68"/>
        <source>&amp;File</source>
        <extracomment>menu title, then the action keys in order (&quot;-&quot; a separator, &quot;recent&quot; the submenu, &quot;undo&quot;/&quot;redo&quot; the undo stack&apos;s actions, &quot;pages&quot; where the page actions go)</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="70"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="71"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="74"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
</TS>
