"""The documents' own wording in Estonian and English (chosen by the workshop's language).

The programme's texts (goals, areas, homework, tasks) come from the workshop itself; this
catalogue holds the headings, labels and sentences around them, and the Estonian forms of
dates and times as EKI writes them: times 14.00–16.00, dates "2. detsember 2026" in prose
and 02.12.2026 in tables, plural forms (1 osaleja, 2 osalejat). Documents address the
municipality's team as *teie*; the trainer's document speaks of the municipalities.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from avtoituba.wording import LANGUAGES, QT_TRANSLATE_NOOP, Words, plural

#: The documents' wording: English source texts under the catalogue context "Documents";
#: the Estonian lives in resources/i18n/et/export_labels.ts (the GUI and the CLI read the same
#: catalogues). %1 is an argument, %n a count with plural forms.
WORDS = Words("Documents", {
    "pack": QT_TRANSLATE_NOOP("Documents", "Homework pack"),
    "trainer_pack": QT_TRANSLATE_NOOP("Documents", "Trainer's summary document"),
    "group_lists_title": QT_TRANSLATE_NOOP("Documents", "Groups"),
    "agenda_report": QT_TRANSLATE_NOOP("Documents", "Agenda: planned and actual"),
    "workshop": QT_TRANSLATE_NOOP("Documents", "Workshop"),
    "date": QT_TRANSLATE_NOOP("Documents", "Date"),
    "venue": QT_TRANSLATE_NOOP("Documents", "Venue"),
    "municipality": QT_TRANSLATE_NOOP("Documents", "Municipality"),
    "trainer": QT_TRANSLATE_NOOP("Documents", "Trainer"),
    "page": QT_TRANSLATE_NOOP("Documents", "page"),
    "goals": QT_TRANSLATE_NOOP("Documents", "Goals of the workshop"),
    "activities": QT_TRANSLATE_NOOP("Documents", "Your activities by area"),
    "activities_intro": QT_TRANSLATE_NOOP("Documents",
        "The tables hold the activities you wrote down at the workshop, by area of open "
        "government. Complete them: fill in what is missing and write new activities on "
        "the empty rows."),
    "activities_trainer": QT_TRANSLATE_NOOP("Documents", "Activities written down at the workshop"),
    "no_activities": QT_TRANSLATE_NOOP("Documents",
        "You wrote down no activities at the workshop. Write your activities in the "
        "tables below."),
    "no_activities_trainer": QT_TRANSLATE_NOOP("Documents",
        "No activities were written down for this municipality."),
    "n_uncovered": plural.translate("Documents",
        "You have no activities yet in area(s) %1. The appendix has ideas.", None, 1),
    "uncovered_trainer": QT_TRANSLATE_NOOP("Documents", "Areas without activities: %1."),
    "theme": QT_TRANSLATE_NOOP("Documents", "Theme"),
    "other_activities": QT_TRANSLATE_NOOP("Documents", "Other activities"),
    "new_activities": QT_TRANSLATE_NOOP("Documents", "New activities"),
    "new_activities_intro": QT_TRANSLATE_NOOP("Documents",
        "Write here the activities that do not fit the tables above; put the area's "
        "number (1–7) in the Area column."),
    "legend": QT_TRANSLATE_NOOP("Documents",
        "Who to involve: L – leaders, K – key people, P – outside partners. Tick the "
        "boxes that apply (☒)."),
    "legend_short": QT_TRANSLATE_NOOP("Documents",
        "Who to involve: L – leaders, K – key people, P – outside partners."),
    "col_activity": QT_TRANSLATE_NOOP("Documents", "Activity"),
    "col_description": QT_TRANSLATE_NOOP("Documents", "Description"),
    "col_involve": QT_TRANSLATE_NOOP("Documents", "Who to involve"),
    "col_responsible": QT_TRANSLATE_NOOP("Documents", "Responsible"),
    "col_time_frame": QT_TRANSLATE_NOOP("Documents", "Deadline"),
    "col_digital": QT_TRANSLATE_NOOP("Documents", "Digital solution"),
    "col_area": QT_TRANSLATE_NOOP("Documents", "Area"),
    "mark_leaders": QT_TRANSLATE_NOOP("Documents", "L"),
    "mark_key_people": QT_TRANSLATE_NOOP("Documents", "K"),
    "mark_partners": QT_TRANSLATE_NOOP("Documents", "P"),
    "no_area": QT_TRANSLATE_NOOP("Documents", "Area not set"),
    "for_everyone": QT_TRANSLATE_NOOP("Documents", "For every municipality"),
    # one activity or several: "See tegevus…" / "Need tegevused…"
    "n_for_everyone_intro": plural.translate("Documents",
        "These activities were written down at the workshop without a municipality; see "
        "whether one of them suits you too.", None, 1),
    "n_for_everyone_trainer": plural.translate("Documents",
        "These activities have no municipality and are printed in every municipality's "
        "homework pack.", None, 1),
    "n_orphans_trainer": plural.translate("Documents",
        "These activities have no municipality and reach no municipality's homework "
        "pack.", None, 1),
    "no_municipality": QT_TRANSLATE_NOOP("Documents", "Activities without a municipality"),
    "homework": QT_TRANSLATE_NOOP("Documents", "Homework"),
    "homework_question": QT_TRANSLATE_NOOP("Documents",
        "Whom will you involve in completing the activities?"),
    "prepare": QT_TRANSLATE_NOOP("Documents", "Preparing for the follow-up seminar"),
    "task_questions": QT_TRANSLATE_NOOP("Documents",
        "Which activities will you present at the follow-up seminar?\nHow did you draft "
        "the plan, and what did you learn?\nWhat is your further work plan for the "
        "action plan and the activities?"),
    "followup": QT_TRANSLATE_NOOP("Documents", "Follow-up seminar"),
    "followup_sentence": QT_TRANSLATE_NOOP("Documents", "The follow-up seminar is on %1."),
    "followup_unset": QT_TRANSLATE_NOOP("Documents",
        "The time of the follow-up seminar will be confirmed."),
    "followup_link": QT_TRANSLATE_NOOP("Documents", "Video call link"),
    "followup_link_later": QT_TRANSLATE_NOOP("Documents",
        "The video call link will be sent by e-mail."),
    "your_slot": QT_TRANSLATE_NOOP("Documents", "Your presentation"),
    "slot_of": QT_TRANSLATE_NOOP("Documents", "Presentation"),
    "slot": QT_TRANSLATE_NOOP("Documents", "%1–%2 (%3 min), %4 of %5 in the running order"),
    "no_slot": QT_TRANSLATE_NOOP("Documents", "to be confirmed"),
    "attended": QT_TRANSLATE_NOOP("Documents", "Attended the workshop"),
    "nobody_attended": QT_TRANSLATE_NOOP("Documents",
        "No participants of your municipality were registered."),
    "contact": QT_TRANSLATE_NOOP("Documents", "Contact"),
    "running_order": QT_TRANSLATE_NOOP("Documents", "Running order of the follow-up seminar"),
    "opening": QT_TRANSLATE_NOOP("Documents", "Opening"),
    "closing": QT_TRANSLATE_NOOP("Documents", "Summary and closing"),
    "overrun": QT_TRANSLATE_NOOP("Documents",
        "The presentations do not fit the seminar: %1 min over."),
    "overview": QT_TRANSLATE_NOOP("Documents", "Activities by municipality and area"),
    "overview_legend": QT_TRANSLATE_NOOP("Documents",
        "The columns are the areas of open government:"),
    "col_total": QT_TRANSLATE_NOOP("Documents", "Total"),
    "col_no": QT_TRANSLATE_NOOP("Documents", "No."),
    "col_time": QT_TRANSLATE_NOOP("Documents", "Time"),
    "col_count": QT_TRANSLATE_NOOP("Documents", "Activities"),
    "col_people": QT_TRANSLATE_NOOP("Documents", "Participants"),
    "appendix": QT_TRANSLATE_NOOP("Documents", "Appendix: open government in municipalities"),
    "examples": QT_TRANSLATE_NOOP("Documents", "Example activities by area"),
    "project": QT_TRANSLATE_NOOP("Documents", "Read more"),
    "group_lists": QT_TRANSLATE_NOOP("Documents", "Groups and participants"),
    "col_name": QT_TRANSLATE_NOOP("Documents", "Name"),
    "col_role": QT_TRANSLATE_NOOP("Documents", "Position"),
    "question": QT_TRANSLATE_NOOP("Documents", "Question"),
    "presenter": QT_TRANSLATE_NOOP("Documents", "Presenter"),
    "presenter_unset": QT_TRANSLATE_NOOP("Documents", "not chosen"),
    "presentations": QT_TRANSLATE_NOOP("Documents", "Presentations at %1."),
    "no_members": QT_TRANSLATE_NOOP("Documents", "No participants in this group yet."),
    "ungrouped": QT_TRANSLATE_NOOP("Documents", "Participants without a group"),
    "municipalities": QT_TRANSLATE_NOOP("Documents", "Municipalities"),
    "file_homework": QT_TRANSLATE_NOOP("Documents", "Homework"),
    "file_trainer": QT_TRANSLATE_NOOP("Documents", "Trainer summary"),
    "file_groups": QT_TRANSLATE_NOOP("Documents", "Groups"),
    "folder": QT_TRANSLATE_NOOP("Documents", "Homework pack"),
    "n_members": plural.translate("Documents", "%n participant(s)", None, 1),
    "n_activities": plural.translate("Documents", "%n activity(-ies)", None, 1),
    "see_you": QT_TRANSLATE_NOOP("Documents", "See you %1!"),
    "and": QT_TRANSLATE_NOOP("Documents", "and"),
    # the dot vote's priorities
    "col_priority": QT_TRANSLATE_NOOP("Documents", "Priority"),
    "priority_legend": QT_TRANSLATE_NOOP("Documents",
        "Priority: the dots the activity got in the workshop's vote; ★ marks the most "
        "voted."),
    # how a seminar's time and place join up in a sentence
    "at_time": QT_TRANSLATE_NOOP("Documents", "%1, %2"),
    "see_you_at": QT_TRANSLATE_NOOP("Documents", "%1 at %2"),
    "on_platform": QT_TRANSLATE_NOOP("Documents", "on %1"),
})


WEEKDAYS = {
    "et": ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev",
           "pühapäev"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
#: "on Wednesday" in Estonian: the adessive (kolmapäeval, reedel)
WEEKDAYS_ADESSIVE = ("esmaspäeval", "teisipäeval", "kolmapäeval", "neljapäeval", "reedel",
                     "laupäeval", "pühapäeval")
MONTHS_ET = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
             "september", "oktoober", "november", "detsember")
#: "on 2 December": 2. detsembril
MONTHS_ET_ADESSIVE = ("jaanuaril", "veebruaril", "märtsil", "aprillil", "mail", "juunil",
                      "juulil", "augustil", "septembril", "oktoobril", "novembril",
                      "detsembril")
#: "the workshop of 17 November": 17. novembri töötoas
MONTHS_ET_GENITIVE = ("jaanuari", "veebruari", "märtsi", "aprilli", "mai", "juuni", "juuli",
                      "augusti", "septembri", "oktoobri", "novembri", "detsembri")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
#: where a video call is held, in the inessive ("Zoomis"); others: "keskkonnas X"
PLATFORMS_ET = {"zoom": "Zoomis", "teams": "Teamsis", "microsoft teams": "Microsoft Teamsis",
                "google meet": "Google Meetis", "meet": "Meetis"}


class Labels:
    """The documents' wording in one language: ``L["key"]`` a text, ``L.fmt(key, *args)`` with
    its ``%1`` … filled, ``L.count(key, n)`` a plural form; dates and times as EKI writes them."""

    def __init__(self, language: str):
        self.language = language if language in LANGUAGES else "et"

    def __getitem__(self, key: str) -> str:
        return WORDS.text(key, lang=self.language)

    def fmt(self, key: str, *args: object) -> str:
        return WORDS.text(key, *args, lang=self.language)

    @property
    def et(self) -> bool:
        return self.language == "et"

    # dates and times
    def date(self, value: dt.date | None) -> str:
        """In prose: 2. detsember 2026 / 2 December 2026."""
        if value is None:
            return self["no_slot"]
        if self.et:
            return f"{value.day}. {MONTHS_ET[value.month - 1]} {value.year}"
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"

    def date_table(self, value: dt.date | None) -> str:
        """In tables: 02.12.2026 / 2 Dec 2026."""
        if value is None:
            return ""
        if self.et:
            return f"{value.day:02d}.{value.month:02d}.{value.year}"
        return f"{value.day} {MONTHS_EN[value.month - 1][:3]} {value.year}"

    def day_of(self, value: dt.date) -> str:
        """"the workshop of 17 November" in prose: 17. novembri (töötoas) / 17 November."""
        if self.et:
            return f"{value.day}. {MONTHS_ET_GENITIVE[value.month - 1]}"
        return f"{value.day} {MONTHS_EN[value.month - 1]}"

    def on_date(self, value: dt.date, weekday: bool = True, year: bool = True) -> str:
        """"on Wednesday, 2 December 2026": kolmapäeval, 2. detsembril 2026."""
        if self.et:
            text = f"{value.day}. {MONTHS_ET_ADESSIVE[value.month - 1]}"
            text += f" {value.year}" if year else ""
            return f"{WEEKDAYS_ADESSIVE[value.weekday()]}, {text}" if weekday else text
        text = f"{value.day} {MONTHS_EN[value.month - 1]}" + (f" {value.year}" if year else "")
        return f"{WEEKDAYS['en'][value.weekday()]}, {text}" if weekday else text

    def time(self, value: dt.time | None) -> str:
        """14.00 in Estonian (EKI), 14:00 in English."""
        if value is None:
            return ""
        sep = "." if self.et else ":"
        return f"{value.hour:02d}{sep}{value.minute:02d}"

    def time_range(self, start: dt.time | None, end: dt.time | None) -> str:
        if start is None:
            return ""
        if end is None:
            return self.time(start)
        return f"{self.time(start)}–{self.time(end)}"

    def decimal(self, value: float) -> str:
        """12,5 in Estonian, 12.5 in English (no trailing zeros)."""
        text = f"{value:g}"
        return text.replace(".", ",") if self.et else text

    def platform(self, name: str) -> str:
        """Where: "Zoomis" / "on Zoom"."""
        name = name.strip()
        if not name:
            return ""
        if self.et and name.casefold() in PLATFORMS_ET:
            return PLATFORMS_ET[name.casefold()]
        return self.fmt("on_platform", name)

    def seminar_when(self, date: dt.date | None, start: dt.time | None,
                     end: dt.time | None, platform: str) -> str:
        """kolmapäeval, 2. detsembril 2026 kell 14.00–16.00, Zoomis."""
        if date is None:
            return ""
        text = self.on_date(date)
        times = self.time_range(start, end)
        if times:
            text = self.fmt("at_time", text, times)
        where = self.platform(platform)
        return f"{text}, {where}" if where else text

    def see_you(self, date: dt.date | None, start: dt.time | None, platform: str) -> str:
        """Kohtumiseni 2. detsembril kell 14.00 Zoomis!"""
        if date is None:
            return ""
        when = self.on_date(date, weekday=False, year=False)
        if start is not None:
            when = self.fmt("see_you_at", when, self.time(start))
        where = self.platform(platform)
        return self.fmt("see_you", f"{when} {where}" if where else when)

    # counts and lists
    def count(self, key: str, n: int) -> str:
        """Plural forms: 1 osaleja, 2 osalejat."""
        return WORDS.text(f"n_{key}", n=n, lang=self.language)

    def uncovered(self, areas: Sequence[str]) -> str:
        """Teil pole veel tegevusi valdkonnas 4 / valdkondades 4 ja 7."""
        return WORDS.text("n_uncovered", self.join(areas), n=len(areas), lang=self.language)

    def join(self, items: Sequence[str]) -> str:
        """4, 5 ja 7 / 4, 5 and 7."""
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self['and']} {items[-1]}"

    def slot(self, start: dt.time, end: dt.time, minutes: int, index: int,
             count: int) -> str:
        """14.27–14.43 (16 min), esinemisjärjekorras 2/6."""
        return self.fmt("slot", self.time(start), self.time(end), minutes, index, count)

    def task_questions(self) -> list[str]:
        return self["task_questions"].split("\n")
