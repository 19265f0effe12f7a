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

LABELS: dict[str, dict[str, str]] = {
    "et": {
        "pack": "Kodutööpakett",
        "trainer_pack": "Koolitaja koonddokument",
        "group_lists_title": "Grupid",
        "agenda_report": "Ajakava: plaan ja tegelikkus",
        "workshop": "Töötuba",
        "date": "Kuupäev",
        "venue": "Toimumiskoht",
        "municipality": "Omavalitsus",
        "trainer": "Koolitaja",
        "page": "lk",
        "goals": "Töötoa eesmärgid",
        "activities": "Teie tegevused valdkondade kaupa",
        "activities_intro": "Tabelites on tegevused, mille te töötoas kirja panite, avatud "
                            "valitsemise valdkondade kaupa. Täiendage neid: lisage puuduvad "
                            "andmed ja kirjutage uued tegevused tühjadele ridadele.",
        "activities_trainer": "Töötoas kirja pandud tegevused",
        "no_activities": "Töötoas te tegevusi kirja ei pannud. Kirjutage oma tegevused "
                         "allolevatesse tabelitesse.",
        "no_activities_trainer": "Töötoas selle omavalitsuse tegevusi kirja ei pandud.",
        "uncovered_one": "Teil pole veel tegevusi valdkonnas {areas}. Ideid leiate lisast.",
        "uncovered_many": "Teil pole veel tegevusi valdkondades {areas}. Ideid leiate lisast.",
        "uncovered_trainer": "Tegevusteta valdkonnad: {areas}.",
        "theme": "Teema",
        "other_activities": "Muud tegevused",
        "new_activities": "Uued tegevused",
        "new_activities_intro": "Kirjutage siia tegevused, mis ei mahu ülaltoodud tabelitesse; "
                                "märkige veergu Valdkond valdkonna number (1–7).",
        "legend": "Keda kaasata: J – juhid, V – võtmeisikud, P – majavälised partnerid. "
                  "Märkige sobivad ruudud (☒).",
        "legend_short": "Keda kaasata: J – juhid, V – võtmeisikud, P – majavälised partnerid.",
        "col_activity": "Tegevus",
        "col_description": "Kirjeldus",
        "col_involve": "Keda kaasata",
        "col_responsible": "Vastutaja",
        "col_time_frame": "Tähtaeg",
        "col_digital": "Digi\u00adlahendus",
        "col_area": "Valdkond",
        "mark_leaders": "J",
        "mark_key_people": "V",
        "mark_partners": "P",
        "no_area": "Valdkond määramata",
        "for_everyone": "Kõigile omavalitsustele",
        "for_everyone_intro": "Need tegevused pandi töötoas kirja ilma omavalitsuseta; "
                              "vaadake, kas mõni neist sobib ka teile.",
        "for_everyone_trainer": "Need tegevused on kirja pandud ilma omavalitsuseta ja "
                                "trükitakse iga omavalitsuse kodutööpaketti.",
        "orphans_trainer": "Need tegevused on kirja pandud ilma omavalitsuseta ega jõua "
                           "ühegi omavalitsuse kodutööpaketti.",
        "no_municipality": "Omavalitsuseta tegevused",
        "homework": "Kodutöö",
        "homework_question": "Keda te tegevuste täiendamisse kaasate?",
        "prepare": "Jätkuseminariks valmistumine",
        "task_questions": "Milliseid tegevusi te jätkuseminaril tutvustate?\n"
                          "Kuidas te kava koostasite ja milliseid kogemusi saite?\n"
                          "Milline on teie edasine tööplaan tegevuskava ja tegevuste "
                          "elluviimisega?",
        "followup": "Jätkuseminar",
        "followup_sentence": "Jätkuseminar toimub {when}.",
        "followup_unset": "Jätkuseminari aeg täpsustatakse.",
        "followup_link": "Videokõne link",
        "followup_link_later": "Videokõne link saadetakse e-kirjaga.",
        "your_slot": "Teie esinemisaeg",
        "slot_of": "Esinemisaeg",
        "slot": "{start}–{end} ({minutes} min), esinemisjärjekorras {index}/{count}",
        "no_slot": "täpsustatakse",
        "attended": "Töötoas osalesid",
        "nobody_attended": "Teie omavalitsuse osalejaid pole registreeritud.",
        "contact": "Kontakt",
        "running_order": "Jätkuseminari esinemisjärjekord",
        "opening": "Avasõnad",
        "closing": "Kokkuvõte ja lõpetamine",
        "overrun": "Esinemisajad ei mahu seminari: {minutes} min üle.",
        "overview": "Tegevused omavalitsuste ja valdkondade kaupa",
        "overview_legend": "Veerud on avatud valitsemise valdkonnad:",
        "col_total": "Kokku",
        "col_no": "Nr",
        "col_time": "Aeg",
        "col_count": "Tegevusi",
        "col_people": "Osalejaid",
        "appendix": "Lisa. Avatud valitsemine omavalitsustes",
        "examples": "Näidistegevused valdkondade kaupa",
        "project": "Loe lisaks",
        "group_lists": "Grupid ja osalejad",
        "col_name": "Nimi",
        "col_role": "Ametikoht",
        "question": "Küsimus",
        "presenter": "Esitaja",
        "presenter_unset": "määramata",
        "presentations": "Esitlused kell {time}.",
        "no_members": "Grupis pole veel osalejaid.",
        "ungrouped": "Gruppi määramata osalejad",
        "municipalities": "Omavalitsused",
        "file_homework": "Kodutöö",
        "file_trainer": "Koolitaja koonddokument",
        "file_groups": "Grupid",
        "folder": "Kodutööpakett",
        "members_one": "{n} osaleja",
        "members_many": "{n} osalejat",
        "activities_one": "{n} tegevus",
        "activities_many": "{n} tegevust",
        "see_you": "Kohtumiseni {when}!",
        "and": "ja",
    },
    "en": {
        "pack": "Homework pack",
        "trainer_pack": "Trainer's summary document",
        "group_lists_title": "Groups",
        "agenda_report": "Agenda: planned and actual",
        "workshop": "Workshop",
        "date": "Date",
        "venue": "Venue",
        "municipality": "Municipality",
        "trainer": "Trainer",
        "page": "page",
        "goals": "Goals of the workshop",
        "activities": "Your activities by area",
        "activities_intro": "The tables hold the activities you wrote down at the workshop, "
                            "by area of open government. Complete them: fill in what is "
                            "missing and write new activities on the empty rows.",
        "activities_trainer": "Activities written down at the workshop",
        "no_activities": "You wrote down no activities at the workshop. Write your "
                         "activities in the tables below.",
        "no_activities_trainer": "No activities were written down for this municipality.",
        "uncovered_one": "You have no activities yet in area {areas}. The appendix has ideas.",
        "uncovered_many": "You have no activities yet in areas {areas}. The appendix has "
                          "ideas.",
        "uncovered_trainer": "Areas without activities: {areas}.",
        "theme": "Theme",
        "other_activities": "Other activities",
        "new_activities": "New activities",
        "new_activities_intro": "Write here the activities that do not fit the tables above; "
                                "put the area's number (1–7) in the Area column.",
        "legend": "Who to involve: L – leaders, K – key people, P – outside partners. Tick "
                  "the boxes that apply (☒).",
        "legend_short": "Who to involve: L – leaders, K – key people, P – outside partners.",
        "col_activity": "Activity",
        "col_description": "Description",
        "col_involve": "Who to involve",
        "col_responsible": "Responsible",
        "col_time_frame": "Deadline",
        "col_digital": "Digital solution",
        "col_area": "Area",
        "mark_leaders": "L",
        "mark_key_people": "K",
        "mark_partners": "P",
        "no_area": "Area not set",
        "for_everyone": "For every municipality",
        "for_everyone_intro": "These activities were written down at the workshop without a "
                              "municipality; see whether one of them suits you too.",
        "for_everyone_trainer": "These activities have no municipality and are printed in "
                                "every municipality's homework pack.",
        "orphans_trainer": "These activities have no municipality and reach no "
                           "municipality's homework pack.",
        "no_municipality": "Activities without a municipality",
        "homework": "Homework",
        "homework_question": "Whom will you involve in completing the activities?",
        "prepare": "Preparing for the follow-up seminar",
        "task_questions": "Which activities will you present at the follow-up seminar?\n"
                          "How did you draft the plan, and what did you learn?\n"
                          "What is your further work plan for the action plan and the "
                          "activities?",
        "followup": "Follow-up seminar",
        "followup_sentence": "The follow-up seminar is on {when}.",
        "followup_unset": "The time of the follow-up seminar will be confirmed.",
        "followup_link": "Video call link",
        "followup_link_later": "The video call link will be sent by e-mail.",
        "your_slot": "Your presentation",
        "slot_of": "Presentation",
        "slot": "{start}–{end} ({minutes} min), {index} of {count} in the running order",
        "no_slot": "to be confirmed",
        "attended": "Attended the workshop",
        "nobody_attended": "No participants of your municipality were registered.",
        "contact": "Contact",
        "running_order": "Running order of the follow-up seminar",
        "opening": "Opening",
        "closing": "Summary and closing",
        "overrun": "The presentations do not fit the seminar: {minutes} min over.",
        "overview": "Activities by municipality and area",
        "overview_legend": "The columns are the areas of open government:",
        "col_total": "Total",
        "col_no": "No.",
        "col_time": "Time",
        "col_count": "Activities",
        "col_people": "Participants",
        "appendix": "Appendix: open government in municipalities",
        "examples": "Example activities by area",
        "project": "Read more",
        "group_lists": "Groups and participants",
        "col_name": "Name",
        "col_role": "Position",
        "question": "Question",
        "presenter": "Presenter",
        "presenter_unset": "not chosen",
        "presentations": "Presentations at {time}.",
        "no_members": "No participants in this group yet.",
        "ungrouped": "Participants without a group",
        "municipalities": "Municipalities",
        "file_homework": "Homework",
        "file_trainer": "Trainer summary",
        "file_groups": "Groups",
        "folder": "Homework pack",
        "members_one": "{n} participant",
        "members_many": "{n} participants",
        "activities_one": "{n} activity",
        "activities_many": "{n} activities",
        "see_you": "See you {when}!",
        "and": "and",
    },
}

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
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
#: where a video call is held, in the inessive ("Zoomis"); others: "keskkonnas X"
PLATFORMS_ET = {"zoom": "Zoomis", "teams": "Teamsis", "microsoft teams": "Microsoft Teamsis",
                "google meet": "Google Meetis", "meet": "Meetis"}


class Labels:
    def __init__(self, language: str):
        self.language = language if language in LABELS else "et"
        self._table = LABELS[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

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

    def platform(self, name: str) -> str:
        """Where: "Zoomis" / "on Zoom"."""
        name = name.strip()
        if not name:
            return ""
        if self.et:
            return PLATFORMS_ET.get(name.casefold(), f"keskkonnas {name}")
        return f"on {name}"

    def seminar_when(self, date: dt.date | None, start: dt.time | None,
                     end: dt.time | None, platform: str) -> str:
        """kolmapäeval, 2. detsembril 2026 kell 14.00–16.00, Zoomis."""
        if date is None:
            return ""
        text = self.on_date(date)
        times = self.time_range(start, end)
        if times:
            text += f" kell {times}" if self.et else f", {times}"
        where = self.platform(platform)
        return f"{text}, {where}" if where else text

    def see_you(self, date: dt.date | None, start: dt.time | None, platform: str) -> str:
        """Kohtumiseni 2. detsembril kell 14.00 Zoomis!"""
        if date is None:
            return ""
        when = self.on_date(date, weekday=False, year=False)
        if start is not None:
            when += f" kell {self.time(start)}" if self.et else f" at {self.time(start)}"
        where = self.platform(platform)
        return self["see_you"].format(when=f"{when} {where}" if where else when)

    # counts and lists
    def count(self, key: str, n: int) -> str:
        """Plural forms: 1 osaleja, 2 osalejat."""
        return self[f"{key}_one" if n == 1 else f"{key}_many"].format(n=n)

    def join(self, items: Sequence[str]) -> str:
        """4, 5 ja 7 / 4, 5 and 7."""
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self['and']} {items[-1]}"

    def slot(self, start: dt.time, end: dt.time, minutes: int, index: int,
             count: int) -> str:
        """14.27–14.43 (16 min), esinemisjärjekorras 2/6."""
        return self["slot"].format(start=self.time(start), end=self.time(end),
                                   minutes=minutes, index=index, count=count)

    def task_questions(self) -> list[str]:
        return self["task_questions"].split("\n")
