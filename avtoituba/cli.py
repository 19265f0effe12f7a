"""Command line: ``avtoituba [WORKSHOP_FILE]`` opens the GUI; subcommands work headless.

Subcommands speak the app's language: Estonian by default, English with ``--lang en``
(anywhere on the line) or ``AVTOITUBA_LANG=en``; their words come from the same catalogues
as the app's (see ``avtoituba/wording.py``). An error is one line on stderr, never a
traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from avtoituba import __version__, wording

PROG = "avtoituba"


def _subcommand_names() -> set[str]:
    parser = build_command_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def build_command_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The headless commands' parser; its help and errors in ``lang`` when given."""
    from avtoituba.cli_help import Parser, localise
    from avtoituba.commands import register_all

    parser = Parser(prog=PROG, description="avtoituba headless commands")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--lang", choices=wording.LANGUAGES,
                        help="language of messages (default: $AVTOITUBA_LANG, else et)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(sub)
    if lang:
        localise(parser, lang)
    return parser


def build_gui_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The parser of ``avtoituba [WORKSHOP_FILE]``, listing the commands; in ``lang``."""
    import shutil
    import textwrap

    from avtoituba.cli_help import COMMANDS, CONTEXT, Parser, localise

    commands = build_command_parser(lang)
    described = {
        name: parser.description or ""
        for action in commands._actions if isinstance(action, argparse._SubParsersAction)
        for name, parser in action.choices.items()
    }
    indent = " " * (max(map(len, described), default=0) + 4)
    width = max(60, min(100, shutil.get_terminal_size().columns - 2))
    listing = "\n".join(
        textwrap.fill(text, width, initial_indent=f"  {name:<{len(indent) - 2}}",
                      subsequent_indent=indent)
        for name, text in described.items()
    )
    parser = Parser(
        prog=PROG,
        usage=f"{PROG} [-h] [--version] [--demo] [--read-only] [--lang {{et,en}}] "
              f"[WORKSHOP_FILE]\n       {PROG} COMMAND ...",
        description="Run an open-government workshop day: agenda timer, groups, live capture "
                    "of activities and the homework pack. Without a COMMAND, opens the app.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("workshop_file", nargs="?", metavar="WORKSHOP_FILE",
                        help="workshop file to open (created from the default programme "
                             "when it does not exist)")
    parser.add_argument("--demo", action="store_true",
                        help="open a demo workshop with realistic content")
    parser.add_argument("--read-only", action="store_true", help="open the file read-only")
    parser.add_argument("--lang", choices=("et", "en"),
                        help="language of the user interface (default: from preferences, et)")
    heading = COMMANDS
    if lang:
        localise(parser, lang)
        heading = wording.translate(CONTEXT, heading, lang=lang)
        parser.description = textwrap.fill(parser.description or "", width)
    parser.epilog = wording.fill(heading, PROG) + "\n" + listing
    return parser


def _fail(message: object, code: int = 2) -> int:
    from avtoituba.commands import say

    text = " ".join(str(message).split())  # one line, whatever the message holds
    print(say("error", PROG, text), file=sys.stderr)
    return code


def _take_language(argv: list[str]) -> tuple[str, list[str]]:
    """The ``--lang`` of a command line (wherever it stands) and the line without it."""
    lang = os.environ.get("AVTOITUBA_LANG", "").strip().lower()
    rest: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" and i + 1 < len(argv):
            lang, i = argv[i + 1], i + 2
            continue
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
        i += 1
    return lang, rest


def _log_path() -> str:
    """Where the details of an unexpected error are written (the GUI's log folder)."""
    import os
    from pathlib import Path

    base = os.environ.get("XDG_DATA_HOME") or os.environ.get("APPDATA") \
        or str(Path.home() / ".local" / "share")
    return str(Path(base) / PROG / "logs" / "avtoituba-cli.log")


def _log_unexpected(exc: BaseException) -> str | None:
    """Write the traceback to the log file; its path, or None when it cannot be written."""
    import traceback
    from pathlib import Path

    target = Path(_log_path())
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)) + "\n")
    except OSError:
        return None
    return str(target)


def _stdout_closed() -> int:
    """The reader of our output went away (``... | head -1``). Whatever was to be saved was
    saved before the output was written, so this is not an error: silence the rest of the
    output (also the flush at exit) and exit 0."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return 0


def _os_error_text(exc: OSError) -> object:
    from avtoituba.commands.oserrors import os_error_text

    return os_error_text(exc)


def _store_error_text(exc: object) -> object:
    from avtoituba.commands.oserrors import store_error_text

    return store_error_text(exc)


def run_command(argv: Sequence[str]) -> int:
    from avtoituba.store.errors import WorkshopFileError

    from avtoituba.commands import WORDS, CommandError

    lang, argv = _take_language(list(argv))
    if lang and lang not in wording.LANGUAGES:
        print(f"{PROG}: error: --lang: use one of {', '.join(wording.LANGUAGES)}",
              file=sys.stderr)
        return 2
    wording.set_language(lang or "et")
    parser = build_command_parser(lang or "et")
    args = parser.parse_args(argv)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, not in the flush at exit
        return code
    except BrokenPipeError:
        return _stdout_closed()
    except CommandError as exc:
        return _fail(str(exc), exc.code)
    except WorkshopFileError as exc:
        return _fail(_store_error_text(exc))
    except FileExistsError as exc:
        return _fail(WORDS("exists", exc.args[0]))
    except OSError as exc:
        return _fail(_os_error_text(exc))
    except ValueError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail(WORDS("interrupted"), 130)
    except Exception as exc:
        return _fail(_unexpected(exc), 1)


def _unexpected(exc: BaseException) -> str:
    """One plain sentence for an error nobody foresaw: no SQL, no library address."""
    from avtoituba.store.db import classify

    from avtoituba.commands import WORDS

    known = classify(exc, None)
    if known is not None:
        return known.message
    logged = _log_unexpected(exc)
    return WORDS("unexpected_logged", logged) if logged else WORDS("unexpected_plain")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in _take_language(argv)[1] if not a.startswith("-")), None)
    if first is not None and first in _subcommand_names():
        return run_command(argv)
    lang = _take_language(argv)[0]
    args = build_gui_parser(lang if lang in wording.LANGUAGES else "et").parse_args(argv)
    from avtoituba.app import run_gui

    try:
        return run_gui(args.workshop_file, demo=args.demo, read_only=args.read_only,
                       lang=args.lang)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
