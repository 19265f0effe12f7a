"""The user guide exists in both languages, its pictures exist, and they stay small."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDES = ["user-guide.md", "kasutusjuhend.md"]


def images(markdown: str) -> list[str]:
    live = re.sub(r"<!--.*?-->", "", markdown, flags=re.S)
    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", live)


@pytest.mark.parametrize("name", GUIDES)
def test_every_picture_in_the_guide_exists(name: str) -> None:
    text = (DOCS / name).read_text(encoding="utf-8")
    pictures = images(text)
    assert len(pictures) >= 5
    missing = [p for p in pictures if not (DOCS / p).is_file()]
    assert not missing, f"{name}: run `make screenshots` ({missing})"


@pytest.mark.parametrize("name, lang", [("user-guide.md", "en"), ("kasutusjuhend.md", "et")])
def test_the_guide_shows_every_page_in_its_language(name: str, lang: str) -> None:
    pictures = images((DOCS / name).read_text(encoding="utf-8"))
    for key in ("agenda", "groups", "activities", "export"):
        assert f"screenshots/{lang}-{key}.png" in pictures


def test_the_guides_link_to_each_other() -> None:
    assert "(kasutusjuhend.md)" in (DOCS / "user-guide.md").read_text(encoding="utf-8")
    assert "(user-guide.md)" in (DOCS / "kasutusjuhend.md").read_text(encoding="utf-8")


def test_screenshots_are_window_sized_and_small(qapp) -> None:
    from PySide6.QtGui import QImage

    shots = sorted((DOCS / "screenshots").glob("*.png"))
    assert shots
    # Each chapter of the guide has its pictures (two laptop sizes, two languages, the
    # projector, the documents, the phones): a few MB in all, each kept small.
    assert sum(p.stat().st_size for p in shots) < 6_000_000
    assert all(p.stat().st_size < 300_000 for p in shots)
    for shot in shots:
        if shot.name == "handout.png":
            continue
        image = QImage(str(shot))
        # the window at 1280×800, and on a 1366×768 laptop (issue 12)
        width, height = (1366, 768) if shot.stem.endswith("-1366x768") else (1280, 800)
        assert image.width() <= width and image.height() <= height, shot.name
