"""The Activities page, shown in a main window on a fresh workshop file."""

from __future__ import annotations

import pytest


@pytest.fixture
def page(main_window, qtbot):
    main_window.show_page([p.key for p in main_window.pages].index("activities"))
    page = main_window.page("activities")
    qtbot.waitUntil(lambda: page.isVisible())
    return page
