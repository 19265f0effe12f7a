"""Headless subcommands of the ``avtoituba`` command line.

Each module here has ``register(subparsers)`` that adds its subcommands; a subcommand's
handler takes the parsed arguments and returns an exit code. Add a module to MODULES to
make its commands available.

What the commands say is worded through ``avtoituba.wording`` from the same catalogues as the
app (``WORDS`` below, and core's own messages), in the language of ``--lang`` /
``AVTOITUBA_LANG`` (Estonian by default). ``--json`` output is for scripts: codes and data,
its texts in English whatever the language.
"""

from __future__ import annotations

import importlib
import json
import sys
from typing import Any

from avtoituba.wording import QT_TRANSLATE_NOOP, Message, Words, plural

MODULES = (
    "avtoituba.commands.workshop",
    "avtoituba.commands.participants",
    "avtoituba.commands.activities",
    "avtoituba.commands.municipalities",
    "avtoituba.commands.export",
    "avtoituba.commands.agenda",
    "avtoituba.commands.scribes",
    "avtoituba.commands.homework",
    "avtoituba.commands.season",
    "avtoituba.commands.seminar",
)


WORDS = Words("Cli", {
    "error": QT_TRANSLATE_NOOP("Cli", "%1: error: %2"),
    "interrupted": QT_TRANSLATE_NOOP("Cli", "interrupted"),
    "unexpected_logged": QT_TRANSLATE_NOOP("Cli", "an unexpected problem stopped the command; what was saved before it is safe; the details are in %1"),
    "unexpected_plain": QT_TRANSLATE_NOOP("Cli", "an unexpected problem stopped the command; what was saved before it is safe"),
    "exists": QT_TRANSLATE_NOOP("Cli", "%1: already exists; choose another name"),
    "file": QT_TRANSLATE_NOOP("Cli", "%1: %2"),
    # participants
    "nothing_imported": QT_TRANSLATE_NOOP("Cli", "%1: %2; nothing imported"),
    "row": QT_TRANSLATE_NOOP("Cli", "%1: row %2: %3"),
    "row_named": QT_TRANSLATE_NOOP("Cli", "%1: row %2: %3 (%4): %5"),
    "skipped": QT_TRANSLATE_NOOP("Cli", "%1 (skipped)"),
    "rows_with_errors": plural.translate(
        "Cli", "%n row(s) with errors; nothing imported. Fix them, or use --skip-bad to "
        "import the good rows (%1)", None, 1),
    "would_import": plural.translate(
        "Cli", "%1: %n participant(s) would be imported (dry run, nothing saved)", None, 1),
    "imported": plural.translate("Cli", "%1: imported %n participant(s)", None, 1),
    "new_municipalities": plural.translate("Cli", ", %n new municipality(ies)", None, 1),
    "skipped_rows": plural.translate("Cli", "; skipped %n", None, 1),
    "arrived_meanwhile": plural.translate(
        "Cli", "%1: %n row(s) not imported: the same participants were imported meanwhile "
        "(another import of this list finished first); nobody is doubled (rows %2)", None, 1),
    "no_participants": QT_TRANSLATE_NOOP("Cli", "no participants"),
    "present": QT_TRANSLATE_NOOP("Cli", "present"),
    "absent": QT_TRANSLATE_NOOP("Cli", "absent"),
    "locked": QT_TRANSLATE_NOOP("Cli", "locked"),
    "presenter": QT_TRANSLATE_NOOP("Cli", "presenter"),
    "group_n": QT_TRANSLATE_NOOP("Cli", "group %1"),
    "no_group": QT_TRANSLATE_NOOP("Cli", "no group"),
    "dry_run": QT_TRANSLATE_NOOP("Cli", "(dry run: nothing saved)"),
    "not_in_group": QT_TRANSLATE_NOOP("Cli", "not in a group (%1): %2"),
    # activities and export
    "empty_title": QT_TRANSLATE_NOOP("Cli", "--title is empty; give the activity a title"),
    "empty_municipality": QT_TRANSLATE_NOOP(
        "Cli", "--municipality is empty; give the municipality's name"),
    "added": QT_TRANSLATE_NOOP("Cli", "added #%1 to group %2: %3 (%4, area %5)"),
    "no_municipality": QT_TRANSLATE_NOOP(
        "Cli", "no municipality “%1” in this workshop (known: %2)"),
    "none_yet": QT_TRANSLATE_NOOP("Cli", "none yet"),
    "did_you_mean": QT_TRANSLATE_NOOP(
        "Cli", "no municipality “%1” in this workshop; did you mean “%2”? Give "
        "--municipality \"%2\", or add --new-municipality if it is a new one"),
    "did_you_mean_merge": QT_TRANSLATE_NOOP(
        "Cli", "no municipality “%1” in this workshop; did you mean “%2”?"),
    "merge_same": QT_TRANSLATE_NOOP(
        "Cli", "FROM and INTO are the same municipality (%1); give two different ones"),
    "merged": QT_TRANSLATE_NOOP("Cli", "merged %1 into %2: moved %3 and %4"),
    "n_activities": plural.translate("Cli", "%n activity(-ies)", None, 1),
    "n_participants": plural.translate("Cli", "%n participant(s)", None, 1),
    "edited": QT_TRANSLATE_NOOP("Cli", "changed #%1 in group %2: %3 (%4, area %5)"),
    "unchanged": QT_TRANSLATE_NOOP("Cli", "#%1 unchanged: %2 (%3, area %4)"),
    "nothing_to_edit": QT_TRANSLATE_NOOP(
        "Cli", "nothing to change; give --title, --municipality or --area"),
    "no_activity": QT_TRANSLATE_NOOP(
        "Cli", "no activity #%1 in this workshop; see “avtoituba activities list”"),
    "orphans_everyone": plural.translate(
        "Cli", "warning: %n activity(-ies) without a municipality: printed in every pack "
        "under “%1”; give each a municipality (on the Activities page or with “avtoituba "
        "activities edit FILE ID --municipality M”) to print it in its own pack only", None, 1),
    "orphans_strict": plural.translate(
        "Cli", "warning: %n activity(-ies) without a municipality (--strict: nothing "
        "written)", None, 1),
    "orphans_refused": plural.translate(
        "Cli", "%n activity(-ies) without a municipality; give each one with “avtoituba "
        "activities edit FILE ID --municipality M”, or export without --strict", None, 1),
    "no_title": QT_TRANSLATE_NOOP("Cli", "(no title)"),
    "replaced_pack": plural.translate(
        "Cli", "replaced an earlier pack; its %n file(s) are kept in %1", None, 1),
    "no_activities": QT_TRANSLATE_NOOP("Cli", "no activities"),
    # agenda
    "no_blocks": QT_TRANSLATE_NOOP("Cli", "%1: the agenda has no blocks"),
    "not_run": QT_TRANSLATE_NOOP("Cli", "not run"),
    "actual": QT_TRANSLATE_NOOP("Cli", "  [actual %1]"),
    "now": QT_TRANSLATE_NOOP("Cli", "  <- now"),
    "overrun": QT_TRANSLATE_NOOP("Cli", "  !! runs %1 min past the fixed start %2"),
    "planned_end": QT_TRANSLATE_NOOP("Cli", "planned end %1"),
    "forecast": QT_TRANSLATE_NOOP("Cli", ", forecast end %1 (%2 min), timer %3"),
    "fixed_note": QT_TRANSLATE_NOOP("Cli", "(* a fixed start)"),
    # workshop info
    "title": QT_TRANSLATE_NOOP("Cli", "title"),
    "date": QT_TRANSLATE_NOOP("Cli", "date"),
    "venue": QT_TRANSLATE_NOOP("Cli", "venue"),
    "language": QT_TRANSLATE_NOOP("Cli", "language"),
    "agenda_items": QT_TRANSLATE_NOOP("Cli", "agenda items"),
    "groups": QT_TRANSLATE_NOOP("Cli", "groups"),
    "areas": QT_TRANSLATE_NOOP("Cli", "areas"),
    "municipalities": QT_TRANSLATE_NOOP("Cli", "municipalities"),
    "participants": QT_TRANSLATE_NOOP("Cli", "participants"),
    "activities": QT_TRANSLATE_NOOP("Cli", "activities"),
})


def say(code: str, *args: object, n: int = -1) -> str:
    """``WORDS[code]`` in the command line's language."""
    return WORDS(code, *args, n=n).text()


class CommandError(Exception):
    """A user error: printed as one line on stderr, exit code ``code``."""

    def __init__(self, message: str | Message, code: int = 2):
        super().__init__(message.code if isinstance(message, Message) else message)
        self.message = message
        self.code = code

    def __str__(self) -> str:
        return str(self.message)


def register_all(subparsers: Any) -> None:
    for name in MODULES:
        importlib.import_module(name).register(subparsers)


def print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
