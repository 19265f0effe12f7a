<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Documents</name>
    <message>
        <source>Homework pack</source>
        <extracomment>The documents&apos; wording: English source texts under the catalogue context &quot;Documents&quot;; the Estonian lives in resources/i18n/et/export_labels.ts (the GUI and the CLI read the same catalogues). %1 is an argument, %n a count with plural forms.</extracomment>
        <translation>Homework pack</translation>
    </message>
    <message>
        <source>Trainer&apos;s summary document</source>
        <translation>Trainer&apos;s summary document</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Agenda: planned and actual</source>
        <translation>Agenda: planned and actual</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Goals of the workshop</source>
        <translation>Goals of the workshop</translation>
    </message>
    <message>
        <source>Your activities by area</source>
        <translation>Your activities by area</translation>
    </message>
    <message>
        <source>The tables hold the activities you wrote down at the workshop, by area of open government. Complete them: fill in what is missing and write new activities on the empty rows.</source>
        <translation>The tables hold the activities you wrote down at the workshop, by area of open government. Complete them: fill in what is missing and write new activities on the empty rows.</translation>
    </message>
    <message>
        <source>Activities written down at the workshop</source>
        <translation>Activities written down at the workshop</translation>
    </message>
    <message>
        <source>You wrote down no activities at the workshop. Write your activities in the tables below.</source>
        <translation>You wrote down no activities at the workshop. Write your activities in the tables below.</translation>
    </message>
    <message>
        <source>No activities were written down for this municipality.</source>
        <translation>No activities were written down for this municipality.</translation>
    </message>
    <message numerus="yes">
        <source>You have no activities yet in area(s) %1. The appendix has ideas.</source>
        <translation>
            <numerusform>You have no activities yet in area %1. The appendix has ideas.</numerusform>
            <numerusform>You have no activities yet in areas %1. The appendix has ideas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Areas without activities: %1.</source>
        <translation>Areas without activities: %1.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Other activities</translation>
    </message>
    <message>
        <source>New activities</source>
        <translation>New activities</translation>
    </message>
    <message>
        <source>Write here the activities that do not fit the tables above; put the area&apos;s number (1–7) in the Area column.</source>
        <translation>Write here the activities that do not fit the tables above; put the area&apos;s number (1–7) in the Area column.</translation>
    </message>
    <message>
        <source>Who to involve: L – leaders, K – key people, P – outside partners. Tick the boxes that apply (☒).</source>
        <translation>Who to involve: L – leaders, K – key people, P – outside partners. Tick the boxes that apply (☒).</translation>
    </message>
    <message>
        <source>Who to involve: L – leaders, K – key people, P – outside partners.</source>
        <translation>Who to involve: L – leaders, K – key people, P – outside partners.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Who to involve</source>
        <translation>Who to involve</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Digital solution</source>
        <translation>Digital solution</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Area not set</source>
        <translation>Area not set</translation>
    </message>
    <message>
        <source>For every municipality</source>
        <translation>For every municipality</translation>
    </message>
    <message numerus="yes">
        <source>These activities were written down at the workshop without a municipality; see whether one of them suits you too.</source>
        <translation>
            <numerusform>This activity was written down at the workshop without a municipality; see whether it suits you too.</numerusform>
            <numerusform>These activities were written down at the workshop without a municipality; see whether one of them suits you too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These activities have no municipality and are printed in every municipality&apos;s homework pack.</source>
        <translation>
            <numerusform>This activity has no municipality and is printed in every municipality&apos;s homework pack.</numerusform>
            <numerusform>These activities have no municipality and are printed in every municipality&apos;s homework pack.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These activities have no municipality and reach no municipality&apos;s homework pack.</source>
        <translation>
            <numerusform>This activity has no municipality and reaches no municipality&apos;s homework pack.</numerusform>
            <numerusform>These activities have no municipality and reach no municipality&apos;s homework pack.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activities without a municipality</source>
        <translation>Activities without a municipality</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Homework</translation>
    </message>
    <message>
        <source>Whom will you involve in completing the activities?</source>
        <translation>Whom will you involve in completing the activities?</translation>
    </message>
    <message>
        <source>Preparing for the follow-up seminar</source>
        <translation>Preparing for the follow-up seminar</translation>
    </message>
    <message>
        <source>Which activities will you present at the follow-up seminar?
How did you draft the plan, and what did you learn?
What is your further work plan for the action plan and the activities?</source>
        <translation>Which activities will you present at the follow-up seminar?
How did you draft the plan, and what did you learn?
What is your further work plan for the action plan and the activities?</translation>
    </message>
    <message>
        <source>Follow-up seminar</source>
        <translation>Follow-up seminar</translation>
    </message>
    <message>
        <source>The follow-up seminar is on %1.</source>
        <translation>The follow-up seminar is on %1.</translation>
    </message>
    <message>
        <source>The time of the follow-up seminar will be confirmed.</source>
        <translation>The time of the follow-up seminar will be confirmed.</translation>
    </message>
    <message>
        <source>Video call link</source>
        <translation>Video call link</translation>
    </message>
    <message>
        <source>The video call link will be sent by e-mail.</source>
        <translation>The video call link will be sent by e-mail.</translation>
    </message>
    <message>
        <source>Your presentation</source>
        <translation>Your presentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>%1–%2 (%3 min), %4 of %5 in the running order</source>
        <translation>%1–%2 (%3 min), %4 of %5 in the running order</translation>
    </message>
    <message>
        <source>to be confirmed</source>
        <translation>to be confirmed</translation>
    </message>
    <message>
        <source>Attended the workshop</source>
        <translation>Attended the workshop</translation>
    </message>
    <message>
        <source>No participants of your municipality were registered.</source>
        <translation>No participants of your municipality were registered.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Running order of the follow-up seminar</source>
        <translation>Running order of the follow-up seminar</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Summary and closing</source>
        <translation>Summary and closing</translation>
    </message>
    <message>
        <source>The presentations do not fit the seminar: %1 min over.</source>
        <translation>The presentations do not fit the seminar: %1 min over.</translation>
    </message>
    <message>
        <source>Activities by municipality and area</source>
        <translation>Activities by municipality and area</translation>
    </message>
    <message>
        <source>The columns are the areas of open government:</source>
        <translation>The columns are the areas of open government:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Appendix: open government in municipalities</source>
        <translation>Appendix: open government in municipalities</translation>
    </message>
    <message>
        <source>Example activities by area</source>
        <translation>Example activities by area</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Read more</translation>
    </message>
    <message>
        <source>Groups and participants</source>
        <translation>Groups and participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <source>Presentations at %1.</source>
        <translation>Presentations at %1.</translation>
    </message>
    <message>
        <source>No participants in this group yet.</source>
        <translation>No participants in this group yet.</translation>
    </message>
    <message>
        <source>Participants without a group</source>
        <translation>Participants without a group</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Trainer summary</source>
        <translation>Trainer summary</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(-ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message>
        <source>See you %1!</source>
        <translation>See you %1!</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Priority: the dots the activity got in the workshop&apos;s vote; ★ marks the most voted.</source>
        <translation>Priority: the dots the activity got in the workshop&apos;s vote; ★ marks the most voted.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
</context>
</TS>
