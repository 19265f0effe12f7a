"""Which column of a registration list holds what, and the rows read through that choice.

Headers are matched by spelling (Estonian and English, with or without a title row above);
lists exported from registration forms (Microsoft Forms, Google Forms, LimeSurvey) put the
form tool's own columns first (ID, start and completion time, an e-mail "anonymous", an
empty Name) and the questions after them as long headers ("Ees- ja perekonnanimi",
"Omavalitsus, mida esindate", "Teie ametikoht"): a column that matches by name but holds no
data gives way to one that does, and a field with more than one likely column is marked as
in doubt so the preview asks the trainer.
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from avtoituba.core.text import clean_line

HEADER_SEARCH_ROWS = 10
MAX_FIELD = 300
DELIMITERS = (";", ",", "\t")
EMPTY_VALUES = {"", "anonymous", "anonüümne", "-"}
CHOOSABLE = ("name", "municipality", "role", "email")

FIELDS = ("name", "municipality", "role", "email", "present")
REQUIRED = ("name", "municipality")

# Header spellings, compared after ``_header_key`` (case, accents of punctuation and
# spaces folded away). Earlier entries win when two columns could be the same field.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("nimi", "name", "osalejanimi", "osaleja", "eesjaperekonnanimi", "täisnimi",
             "fullname", "participant", "participantname", "nimiperekonnanimi"),
    "first_name": ("eesnimi", "firstname", "givenname", "forename"),
    "last_name": ("perekonnanimi", "perenimi", "lastname", "surname", "familyname"),
    "municipality": ("omavalitsus", "kov", "municipality", "kohalikomavalitsus", "vald",
                     "linn", "valdlinn", "linnvald", "vallalinn", "localgovernment",
                     "omavalitsusüksus", "asutus", "organisatsioon", "organisation",
                     "organization"),
    "role": ("amet", "ametikoht", "roll", "role", "ametinimetus", "position", "jobtitle",
             "töökoht"),
    "email": ("epost", "email", "emailaddress", "epostiaadress", "meil", "mail", "eposti"),
    "present": ("kohal", "present", "kohalolek", "osales", "attended", "checkin",
                "registreeritud"),
}

TRUE_WORDS = {"1", "x", "jah", "ja", "yes", "y", "true", "tõene", "kohal", "present", "✓",
              "✔", "+", "osales"}
FALSE_WORDS = {"", "0", "ei", "no", "n", "false", "väär", "puudub", "-", "absent"}

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")



def header_key(cell: str) -> str:
    text = re.sub(r"\(.*?\)|\[.*?\]", "", cell)
    text = unicodedata.normalize("NFC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def shape_of(headers: Sequence[str]) -> str:
    key = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _candidates(cells: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
    """field -> [(rank, column)], best first: exact spellings, then starts, then contains."""
    found: dict[str, list[tuple[int, int]]] = {}
    for index, cell in enumerate(cells):
        key = header_key(cell)
        if not key:
            continue
        for fld, aliases in ALIASES.items():
            rank = aliases.index(key) if key in aliases else None
            if rank is None:
                rank = next((i + 100 for i, a in enumerate(aliases)
                             if len(a) >= 5 and key.startswith(a)), None)
            if rank is None:
                rank = next((i + 200 for i, a in enumerate(aliases)
                             if len(a) >= 5 and a in key), None)
            if rank is not None:
                found.setdefault(fld, []).append((rank, index))
    for ranked in found.values():
        ranked.sort()
    return found


def _one_per_column(best: dict[str, tuple[int, int]]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for fld in sorted(best, key=lambda f: best[f][0]):
        if best[fld][1] not in used:
            mapping[fld] = best[fld][1]
            used.add(best[fld][1])
    if "name" not in mapping and {"first_name", "last_name"} <= mapping.keys():
        mapping["name"] = -1  # joined from the two
    return mapping


def match_header(cells: Sequence[str]) -> dict[str, int]:
    """field -> column index, for the cells of a candidate header row (spelling only)."""
    return _one_per_column({f: c[0] for f, c in _candidates(cells).items()})


def _filled(rows: Sequence[tuple[int, list[str]]], index: int) -> int:
    return sum(1 for _, cells in rows if index < len(cells)
               and cells[index].strip().casefold() not in EMPTY_VALUES)


def _with_data(cells: Sequence[str], rows: Sequence[tuple[int, list[str]]]
               ) -> tuple[dict[str, int], tuple[str, ...]]:
    """The spelling match, corrected by the data under it; and the fields in doubt."""
    candidates = _candidates(cells)
    best: dict[str, tuple[int, int]] = {}
    doubtful: list[str] = []
    for fld, ranked in candidates.items():
        with_data = [(rank, i) for rank, i in ranked if _filled(rows, i)]
        best[fld] = with_data[0] if with_data else ranked[0]
        if fld in CHOOSABLE and (len(with_data) > 1 or (with_data and with_data[0] != ranked[0])):
            doubtful.append(fld)
    return _one_per_column(best), tuple(doubtful)


def _resolve(choice: Mapping[str, object], headers: Sequence[str]) -> dict[str, int | None]:
    """field -> column index, from header texts or 1-based numbers; raises for no such."""
    from avtoituba.core.roster import RosterError

    keys = [header_key(h) for h in headers]
    out: dict[str, int | None] = {}
    for fld, wanted in choice.items():
        if wanted is None or wanted == "":
            out[fld] = None
            continue
        text = str(wanted).strip()
        if text.isdigit() and 1 <= int(text) <= len(headers):
            out[fld] = int(text) - 1
        elif header_key(text) in keys:
            out[fld] = keys.index(header_key(text))
        else:
            found = [h for h in headers if h.strip()]  # worded as a quoted list
            raise RosterError("no_such_column", column=text, found=found)
    return out


def find_header(table: Sequence[tuple[int, list[str]]], choice: Mapping[str, object] | None,
                remembered: Callable[[str], Mapping[str, str]] | None
                ) -> tuple[int, dict[str, int], tuple[str, ...]]:
    """(index of the header row, field -> column, fields in doubt), or a RosterError."""
    rows = [cells for _, cells in table]
    for index, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        mapping, doubtful = _with_data(cells, table[index + 1:])
        given: dict[str, int | None] = {}
        if remembered is not None:
            saved = dict(remembered(shape_of(cells)) or {})
            try:
                given = _resolve(saved, cells) if saved else {}
            except ValueError:
                given = {}
        if choice:
            given.update(_resolve(choice, cells))
        for fld, col in given.items():
            for other in [f for f, c in mapping.items() if c == col and f != fld]:
                del mapping[other]
            if col is None:
                mapping.pop(fld, None)
            else:
                mapping[fld] = col
        if given:
            doubtful = tuple(f for f in doubtful if f not in given)
        if all(f in mapping for f in REQUIRED) and any(len(c) for _, c in table[index + 1:]):
            return index, mapping, doubtful
    raise header_failure(rows)


def header_failure(rows: Sequence[Sequence[str]]) -> Exception:
    from avtoituba.core.roster import RosterError

    candidates = [(len(match_header(c)), i) for i, c in enumerate(rows[:HEADER_SEARCH_ROWS])
                  if any(x.strip() for x in c)]
    if not candidates:
        return RosterError("empty")
    score, index = max(candidates, key=lambda t: (t[0], -t[1]))
    found = [c for c in rows[index] if c.strip()]  # worded as a quoted list
    if score == 0:
        return RosterError("no_header", rows=HEADER_SEARCH_ROWS, found=found)
    mapping = match_header(rows[index])
    if all(f in mapping for f in REQUIRED):
        return RosterError("no_rows")
    missing = [f for f in REQUIRED if f not in mapping]
    return RosterError("missing_columns", missing=missing, found=found)


def delimiter_order(text: str) -> list[str]:
    """Candidate delimiters, the likeliest first (csv.Sniffer, then counting)."""
    sample = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS + 20])
    order: list[str] = []
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
        if sniffed in DELIMITERS:
            order.append(sniffed)
    except csv.Error:
        pass
    counts = {d: sample.count(d) for d in DELIMITERS}
    order += [d for d in sorted(DELIMITERS, key=lambda d: -counts[d]) if d not in order]
    return order


def parse_present(value: str) -> tuple[bool, bool]:
    """(present, understood)."""
    key = value.strip().casefold()
    if key in TRUE_WORDS:
        return True, True
    if key in FALSE_WORDS:
        return False, True
    return False, False


def extras_from(table: Sequence[tuple[int, list[str]]],
                merges: Sequence[tuple[int, int, int, int]],
                formulas: set[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """(row, column) -> "merged:<value>:<first row>" for the empty cells of a merged range,
    "formula" for a formula cell without a saved value; and fills nothing itself."""
    values = {number: cells for number, cells in table}
    extras: dict[tuple[int, int], str] = {}
    for r1, c1, r2, c2 in merges:
        first = values.get(r1, [])
        value = first[c1] if c1 < len(first) else ""
        for r in range(r1, min(r2, r1 + 10000) + 1):
            for c in range(c1, min(c2, c1 + 200) + 1):
                if (r, c) != (r1, c1):
                    extras[(r, c)] = f"merged:{r1}:{value}"
    for cell in formulas:
        extras[cell] = "formula"
    return extras


def make_rows(table: Sequence[tuple[int, list[str]]], mapping: Mapping[str, int],
              extras: Mapping[tuple[int, int], str], problem: type, row_type: type) -> list:
    """The rows under the header, each with its problems (``problem``/``row_type`` are
    roster's Problem and RosterRow, passed in to keep the modules apart)."""
    rows = []
    for number, cells in table:
        notes: list = []

        def cell(fld: str, cells: list[str] = cells, number: int = number,
                 notes: list = notes) -> str:
            idx = mapping.get(fld)
            if idx is None:
                return ""
            if idx == -1:
                return clean_line(f"{cell('first_name')} {cell('last_name')}")
            value = cells[idx] if idx < len(cells) else ""
            extra = extras.get((number, idx), "")
            if extra == "formula" and not value:
                notes.append(problem("formula_without_value", True, (("field", fld),)))
            elif extra.startswith("merged:") and not value:
                _, first, value = extra.split(":", 2)
                notes.append(problem("merged_cell", False, (("field", fld), ("row", first))))
            return value

        if not any(c.strip() for c in cells):
            continue
        name, municipality = cell("name"), cell("municipality")
        present_raw = cell("present")
        present, understood = parse_present(present_raw)
        row = row_type(row=number, name=name, municipality=municipality, role=cell("role"),
                       email=cell("email"), present=present)
        row.problems.extend(notes)
        if not name and not any(p.code == "formula_without_value" for p in notes):
            row.problems.append(problem("missing_name", True))
        if not municipality and not any(p.code == "formula_without_value" for p in notes):
            row.problems.append(problem("missing_municipality", True))
        for fld, value in (("name", name), ("municipality", municipality)):
            if value and not any(ch.isalpha() for ch in value):
                row.problems.append(problem("not_text", True, (("field", fld),
                                                                ("value", value))))
        for fld in ("name", "municipality", "role", "email"):
            if len(getattr(row, fld)) > MAX_FIELD:
                row.problems.append(problem("too_long", True,
                                            (("field", fld), ("limit", MAX_FIELD))))
        if row.email and not EMAIL_RE.match(row.email):
            row.problems.append(problem("bad_email", False, (("value", row.email),)))
        if "present" in mapping and not understood:
            row.problems.append(problem("bad_present", False, (("value", present_raw),)))
        rows.append(row)
    return rows
