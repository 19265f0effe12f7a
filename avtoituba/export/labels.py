"""The documents' own wording in Estonian and English (chosen by the workshop's language).

The programme's texts (goals, areas, homework, tasks) come from the workshop itself; this
catalogue holds only the headings and labels around them. Core and export cannot use Qt
translations, so the catalogue is a plain dict.
"""

from __future__ import annotations

import datetime as dt

LABELS: dict[str, dict[str, str]] = {
    "et": {
        "pack": "Kodutööpakett",
        "trainer_pack": "Koolitaja koondmaterjal",
        "group_lists_title": "Grupid",
        "date": "Kuupäev",
        "venue": "Toimumiskoht",
        "municipality": "Omavalitsus",
        "trainer": "Koolitaja",
        "contact": "Kontakt",
        "page": "lk",
        "goals": "Päeva eesmärgid",
        "areas": "Avatud valitsemise seitse valdkonda",
        "activities": "Töötoas kirja pandud tegevused",
        "activities_intro": "Tabelis on tegevused, mille omavalitsus töötoas kirja pani, "
                            "teemade ja valdkondade kaupa. Täiendage tabelit: lisage "
                            "puuduvad andmed ja uued tegevused tühjadele ridadele.",
        "no_activities": "Töötoas ei pandud selle omavalitsuse tegevusi kirja. Kirjutage oma "
                         "tegevused allolevasse tabelisse.",
        "no_activities_trainer": "Selle omavalitsuse tegevusi töötoas kirja ei pandud.",
        "new_activities": "Uued tegevused",
        "col_activity": "Tegevus",
        "col_description": "Kirjeldus",
        "col_involve": "Keda kaasata",
        "col_responsible": "Vastutaja",
        "col_time_frame": "Ajaraam",
        "col_digital": "Digilahendus",
        "col_area": "Valdkond",
        "leaders": "juhid",
        "key_people": "võtmeisikud",
        "partners": "majavälised partnerid",
        "yes": "jah",
        "area": "Valdkond",
        "no_area": "Valdkond määramata",
        "no_group": "Grupita",
        "homework": "Kodutöö",
        "followup": "Jätkuseminar",
        "followup_when": "Aeg",
        "followup_where": "Koht",
        "followup_link": "Videokõne link",
        "followup_slot": "Teie esinemisaeg",
        "slot": "{start}–{end}, {index}. esineja {count}-st",
        "no_slot": "täpsustatakse",
        "not_set": "täpsustatakse",
        "running_order": "Jätkuseminari esinemisjärjekord",
        "col_no": "Nr",
        "col_time": "Aeg",
        "col_count": "Tegevusi",
        "appendix": "Lisa. Näitetegevused valdkondade kaupa",
        "appendix_intro": "Ideid ja inspiratsiooni töötoa materjalidest.",
        "group_lists": "Grupid ja osalejad",
        "col_name": "Nimi",
        "col_role": "Ametikoht",
        "col_presenter": "Esitaja",
        "presenter": "esitaja",
        "no_members": "Grupis pole veel osalejaid.",
        "ungrouped": "Gruppi määramata osalejad",
        "municipalities": "Omavalitsused",
        "file_homework": "Kodutöö",
        "file_trainer": "Koolitaja koond",
        "file_groups": "Grupid",
        "time_range": "kell {start}–{end}",
        "members_count": "{n} osalejat",
    },
    "en": {
        "pack": "Homework pack",
        "trainer_pack": "Trainer's summary",
        "group_lists_title": "Groups",
        "date": "Date",
        "venue": "Venue",
        "municipality": "Municipality",
        "trainer": "Trainer",
        "contact": "Contact",
        "page": "page",
        "goals": "Goals of the day",
        "areas": "The seven areas of open government",
        "activities": "Activities written down at the workshop",
        "activities_intro": "The table holds the activities the municipality wrote down at "
                            "the workshop, by theme and area. Complete it: fill in what is "
                            "missing and add new activities on the empty rows.",
        "no_activities": "No activities were written down for this municipality at the "
                         "workshop. Write your activities in the table below.",
        "no_activities_trainer": "No activities were written down for this municipality.",
        "new_activities": "New activities",
        "col_activity": "Activity",
        "col_description": "Description",
        "col_involve": "Who to involve",
        "col_responsible": "Responsible",
        "col_time_frame": "Time frame",
        "col_digital": "Digital solution",
        "col_area": "Area",
        "leaders": "leaders",
        "key_people": "key people",
        "partners": "outside partners",
        "yes": "yes",
        "area": "Area",
        "no_area": "Area not set",
        "no_group": "No group",
        "homework": "Homework",
        "followup": "Follow-up seminar",
        "followup_when": "When",
        "followup_where": "Where",
        "followup_link": "Video call link",
        "followup_slot": "Your turn",
        "slot": "{start}–{end}, {ordinal} of {count}",
        "no_slot": "to be confirmed",
        "not_set": "to be confirmed",
        "running_order": "Running order of the follow-up seminar",
        "col_no": "No.",
        "col_time": "Time",
        "col_count": "Activities",
        "appendix": "Appendix: example activities by area",
        "appendix_intro": "Ideas and inspiration from the workshop's materials.",
        "group_lists": "Groups and participants",
        "col_name": "Name",
        "col_role": "Role",
        "col_presenter": "Presenter",
        "presenter": "presenter",
        "no_members": "No participants in this group yet.",
        "ungrouped": "Participants without a group",
        "municipalities": "Municipalities",
        "file_homework": "Homework",
        "file_trainer": "Trainer summary",
        "file_groups": "Groups",
        "time_range": "{start}–{end}",
        "members_count": "{n} participants",
    },
}

WEEKDAYS = {
    "et": ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev",
           "pühapäev"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


class Labels:
    def __init__(self, language: str):
        self.language = language if language in LABELS else "et"
        self._table = LABELS[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def date(self, value: dt.date | None, weekday: bool = False) -> str:
        """Estonian 27.11.2026, English 27 November 2026 (optionally with the weekday)."""
        if value is None:
            return self["not_set"]
        if self.language == "et":
            text = f"{value.day:02d}.{value.month:02d}.{value.year}"
            return f"{text} ({WEEKDAYS['et'][value.weekday()]})" if weekday else text
        text = f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
        return f"{WEEKDAYS['en'][value.weekday()]}, {text}" if weekday else text

    @staticmethod
    def time(value: dt.time | None) -> str:
        return f"{value.hour:02d}:{value.minute:02d}" if value else ""

    def time_range(self, start: dt.time | None, end: dt.time | None) -> str:
        if start is None:
            return ""
        if end is None:
            return self.time(start)
        return self["time_range"].format(start=self.time(start), end=self.time(end))

    def slot(self, start: dt.time, end: dt.time, index: int, count: int) -> str:
        """e.g. 14:30–14:45, 3. esineja 8-st / 14:30–14:45, 3rd of 8."""
        return self["slot"].format(start=self.time(start), end=self.time(end), index=index,
                                   ordinal=ordinal_en(index), count=count)


def ordinal_en(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
