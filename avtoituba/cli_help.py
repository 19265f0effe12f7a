"""The command line's own words (help, usage, argparse's errors) in the trainer's language.

The commands declare their help in English, as argparse expects (``help="..."``). These
texts are translated here when the parser is built, from the catalogue ``cli_help.ts``
(context ``CliHelp``), which ``packaging/i18n_tool.py update`` fills from the parser itself
(:func:`texts`), so a new option's help lands in the catalogue without marking it by hand.
Qt-free.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from typing import NoReturn

from avtoituba import wording

CONTEXT = "CliHelp"

# argparse's own words (it words them through gettext, in English)
USAGE = "usage: "
ERROR = "%1: error: %2"
COMMANDS = "commands (run '%1 COMMAND --help' for each):"
OWN = (
    "positional arguments", "options", "show this help message and exit",
    "show program's version number and exit", USAGE, ERROR, COMMANDS,
)
# argparse's error messages, as regular expressions over its English text, and their
# translatable templates (%1, %2: the parts the expression captured)
ERRORS = (
    (r"the following arguments are required: (.*)", "the following arguments are required: %1"),
    (r"unrecognized arguments: (.*)", "unrecognized arguments: %1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)",
     "argument %1: invalid choice: %2 (choose from %3)"),
    (r"argument (\S+): expected one argument", "argument %1: expected one argument"),
    (r"argument (\S+): invalid (\S+) value: (.*)", "argument %1: invalid value: %3"),
    (r"argument (\S+): not allowed with argument (\S+)",
     "argument %1: not allowed with argument %2"),
    (r"argument (\S+): (.*)", "argument %1: %2"),
)


def texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every text of ``parser`` and its subcommands a user reads in ``--help``, once each."""
    found = dict.fromkeys(OWN)
    found.update(dict.fromkeys(template for _, template in ERRORS))
    for text in _walk(parser):
        found.setdefault(text)
    return [text for text in found if text]


def _walk(parser: argparse.ArgumentParser) -> Iterator[str]:
    if parser.description:
        yield parser.description
    for group in parser._action_groups:
        if group.title:
            yield group.title
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.help:
                    yield choice.help
            for sub in dict.fromkeys(action.choices.values()):
                yield from _walk(sub)


def localise(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put ``parser``'s texts (and its subcommands') into ``lang``, usage and errors too."""
    seen: set[int] = set()

    def tr(text: str) -> str:
        return wording.translate(CONTEXT, text, lang=lang)

    def visit(p: argparse.ArgumentParser) -> None:
        if id(p) in seen:
            return
        seen.add(id(p))
        if isinstance(p, Parser):
            p.lang = lang
        p.description = tr(p.description) if p.description else p.description
        p.formatter_class = _formatter(p.formatter_class, tr(USAGE))
        for group in p._action_groups:
            group.title = tr(group.title) if group.title else group.title
        for action in p._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = tr(action.help)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    choice.help = tr(choice.help) if choice.help else choice.help
                for sub in action.choices.values():
                    visit(sub)

    visit(parser)


def _formatter(base: type, usage: str) -> type:
    """``base`` with its "usage: " prefix in the chosen language."""
    if getattr(base, "usage_prefix", None) == usage:
        return base

    def add_usage(self, text, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        base.add_usage(self, text, actions, groups, usage if prefix is None else prefix)

    return type(base.__name__, (base,), {"add_usage": add_usage, "usage_prefix": usage})


def error_text(message: str, lang: str) -> str:
    """argparse's English ``message`` in ``lang`` (as it is, when it is not one we know)."""
    for pattern, template in ERRORS:
        match = re.fullmatch(pattern, message)
        if match:
            return wording.fill(wording.translate(CONTEXT, template, lang=lang),
                                *match.groups())
    return message


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose error line is in the language :func:`localise` gave it.

    Subcommands' parsers are made of the same class (argparse's default)."""

    lang = "en"

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        line = wording.fill(wording.translate(CONTEXT, ERROR, lang=self.lang), self.prog,
                            error_text(message, self.lang))
        self.exit(2, line + "\n")
