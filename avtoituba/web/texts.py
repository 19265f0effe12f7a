"""The words of the phone pages, from the same Qt catalogues as the app (context "ScribePage").

The page speaks Estonian, or English when the phone's language prefers it.
"""

from __future__ import annotations

from avtoituba.core.scribes import ScribeError

from avtoituba import wording
from avtoituba.wording import QT_TRANSLATE_NOOP, plural

CONTEXT = "ScribePage"

PAGE = {
    "title_scribe": QT_TRANSLATE_NOOP("ScribePage", "Group's activities"),
    "title_vote": QT_TRANSLATE_NOOP("ScribePage", "Vote on the activities"),
    "municipality": QT_TRANSLATE_NOOP("ScribePage", "Municipality"),
    "choose_municipality": QT_TRANSLATE_NOOP("ScribePage", "Choose the municipality"),
    "area": QT_TRANSLATE_NOOP("ScribePage", "Area of open government"),
    "activity_title": QT_TRANSLATE_NOOP("ScribePage", "Activity"),
    "description": QT_TRANSLATE_NOOP("ScribePage", "Description (optional)"),
    "add": QT_TRANSLATE_NOOP("ScribePage", "Add"),
    "save": QT_TRANSLATE_NOOP("ScribePage", "Save"),
    "cancel": QT_TRANSLATE_NOOP("ScribePage", "Cancel"),
    "edit": QT_TRANSLATE_NOOP("ScribePage", "Edit"),
    "delete": QT_TRANSLATE_NOOP("ScribePage", "Delete"),
    "confirm_delete": QT_TRANSLATE_NOOP("ScribePage", "Delete this activity?"),
    "list": QT_TRANSLATE_NOOP("ScribePage", "Written down in the group"),
    "empty": QT_TRANSLATE_NOOP("ScribePage", "Nothing written down yet."),
    "saved": QT_TRANSLATE_NOOP("ScribePage", "Saved in the trainer's file."),
    "queued": QT_TRANSLATE_NOOP("ScribePage", "No connection: waiting to send"),
    "sending": QT_TRANSLATE_NOOP("ScribePage", "Sending…"),
    "offline": QT_TRANSLATE_NOOP("ScribePage", "No connection to the trainer's computer. "
                                 "What you add is kept on this phone and sent when the "
                                 "connection is back."),
    "online": QT_TRANSLATE_NOOP("ScribePage", "Connected"),
    "did_you_mean": QT_TRANSLATE_NOOP("ScribePage", "Did you mean „%1“?"),
    "dots_left": QT_TRANSLATE_NOOP("ScribePage", "Dots left: %1 of %2"),
    "vote_closed": QT_TRANSLATE_NOOP("ScribePage", "Voting is not open. Wait for the "
                                     "trainer to open it."),
    "vote_saved": QT_TRANSLATE_NOOP("ScribePage", "Your vote is saved."),
    "vote_help": QT_TRANSLATE_NOOP("ScribePage", "Give your dots to the activities that "
                                   "matter most. You can give one activity several dots "
                                   "and change your mind until voting closes."),
}

# The tally under each activity on the vote page, worded by the server for each number.
VOTES = plural.translate("ScribePage", "%n dot(s)", None, 1)

ERRORS = {
    "title_empty": QT_TRANSLATE_NOOP("ScribePage", "Write the activity first."),
    "title_long": QT_TRANSLATE_NOOP("ScribePage", "The activity is too long: at most %1 "
                                    "characters. Put the rest in the description."),
    "description_long": QT_TRANSLATE_NOOP("ScribePage", "The description is too long: at "
                                          "most %1 characters."),
    "bad_area": QT_TRANSLATE_NOOP("ScribePage", "Choose an area from the list."),
    "municipality_missing": QT_TRANSLATE_NOOP("ScribePage", "Choose the municipality from "
                                              "the list."),
    "municipality_unknown": QT_TRANSLATE_NOOP("ScribePage", "Did you mean „%1“?"),
    "blocked": QT_TRANSLATE_NOOP("ScribePage", "The trainer has stopped entries from this "
                                 "device. Ask the trainer."),
    "not_found": QT_TRANSLATE_NOOP("ScribePage", "This activity is no longer in the list."),
    "vote_closed": QT_TRANSLATE_NOOP("ScribePage", "Voting is not open."),
    "too_many_dots": plural.translate("ScribePage", "You have %n dot(s) in all.", None, 1),
    "bad_ballot": QT_TRANSLATE_NOOP("ScribePage", "The vote could not be read. Reload the "
                                    "page."),
    "bad_id": QT_TRANSLATE_NOOP("ScribePage", "Reload the page and try again."),
}


def language(accept_language: str) -> str:
    """Estonian unless the phone prefers English over Estonian."""
    for part in accept_language.split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("et"):
            return "et"
        if tag.startswith("en"):
            return "en"
    return "et"


def page_texts(lang: str) -> dict[str, str]:
    return {key: wording.translate(CONTEXT, text, lang=lang) for key, text in PAGE.items()}


def votes_text(n: int, lang: str) -> str:
    """"1 täpp", "3 täppi" ("1 dot", "3 dots")."""
    return wording.translate(CONTEXT, VOTES, None, n, lang=lang)


def error_text(error: ScribeError, lang: str) -> str:
    source = ERRORS.get(error.code, ERRORS["bad_id"])
    params = error.params
    if "%n" in source:
        return wording.translate(CONTEXT, source, None, int(params.get("dots", 0)), lang=lang)
    arg = params.get("suggestion", params.get("limit", ""))
    return wording.fill(wording.translate(CONTEXT, source, lang=lang), arg)
