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
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="47"/>
        <source>&amp;Import returned homework…</source>
        <translation>&amp;Import returned homework…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="49"/>
        <source>Read the homework packs the municipalities sent back</source>
        <translation>Read the homework packs the municipalities sent back</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="51"/>
        <source>&amp;Groups write on their phones…</source>
        <translation>&amp;Groups write on their phones…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="54"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="56"/>
        <source>&amp;Projector window</source>
        <translation>&amp;Projector window</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="58"/>
        <source>&amp;Blackout projector</source>
        <translation>&amp;Blackout projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="60"/>
        <source>&amp;Next page on the projector</source>
        <translation>&amp;Next page on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="63"/>
        <source>Pre&amp;vious page on the projector</source>
        <translation>Pre&amp;vious page on the projector</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="65"/>
        <source>Projector &amp;screen…</source>
        <translation>Projector &amp;screen…</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="67"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="69"/>
        <source>&amp;About avtoituba</source>
        <translation>&amp;About avtoituba</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="75"/>
        <source>&amp;File</source>
        <extracomment>menu title, then the action keys in order (&quot;-&quot; a separator, &quot;recent&quot; the submenu, &quot;undo&quot;/&quot;redo&quot; the undo stack&apos;s actions, &quot;pages&quot; where the page actions go)</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="78"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="79"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../../avtoituba/gui/shell/window_actions.py" line="82"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
</TS>
