"""The coverage grid and the per-municipality view, counted from the hub's rows."""

from __future__ import annotations

from avtoituba.core.capture import coverage_from_rows

from avtoituba.gui.activities.coverage_grid import CoverageGrid
from avtoituba.gui.activities.hub import ActivityHub
from avtoituba.gui.activities.municipality_view import MunicipalityView


def refresh_coverage(grid: CoverageGrid, hub: ActivityHub) -> None:
    areas = hub.areas()
    grid.set_coverage(coverage_from_rows(hub.municipality_rows(), hub.all_rows(),
                                         [a.number for a in areas]), areas)


def refresh_municipality_view(view: MunicipalityView, hub: ActivityHub) -> None:
    rows = hub.all_rows()
    counts: dict[int, int] = {}
    for row in rows:
        if row.municipality_id is not None:
            counts[row.municipality_id] = counts.get(row.municipality_id, 0) + 1
    view.set_municipalities(hub.municipality_rows(), counts)
    mid = view.current_id()
    view.show_rows(hub.municipality_name(mid),
                   [r for r in rows if mid is not None and r.municipality_id == mid],
                   hub.groups(), hub.areas())
