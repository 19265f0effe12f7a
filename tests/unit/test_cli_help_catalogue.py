"""Every text of the command line's help has its Estonian wording (a new option cannot slip
through in English only)."""

from __future__ import annotations

from avtoituba import cli, cli_help, wording


def test_every_help_text_of_every_command_is_translated():
    parsers = (cli.build_command_parser(), cli.build_gui_parser())
    texts = {text for parser in parsers for text in cli_help.texts(parser)}
    assert len(texts) > 100  # all the commands' options, not only argparse's own words
    missing = sorted(t for t in texts if not wording.is_translated(cli_help.CONTEXT, t, "et"))
    assert not missing, "run packaging/i18n_tool.py update and translate: " + repr(missing)


def test_an_unknown_argparse_error_passes_through_and_known_ones_are_worded():
    assert cli_help.error_text("unrecognized arguments: --x", "et") == \
        "tundmatud argumendid: --x"
    assert cli_help.error_text("something argparse says", "et") == "something argparse says"
