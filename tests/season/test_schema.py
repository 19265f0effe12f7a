"""One schema, two engines: the same Alembic scripts make the season database and a
workshop file, and they agree (tables, columns, types, constraints)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy import create_engine, inspect, text

from avtoituba.core.season.server import open_server
from avtoituba.store import db, schema

ORDER = (sa.Boolean, sa.Integer, sa.Float, sa.DateTime, sa.Date, sa.Time, sa.JSON, sa.Text,
         sa.String)


def canonical(t: sa.types.TypeEngine) -> str:
    for kind in ORDER:
        if isinstance(t, kind):
            if kind is sa.String and getattr(t, "length", None):
                return f"VARCHAR({t.length})"
            return kind.__name__.upper()
    return type(t).__name__.upper()


def describe(engine: sa.Engine) -> dict[str, object]:
    out: dict[str, object] = {}
    with engine.connect() as conn:
        insp = inspect(conn)
        for table in sorted(insp.get_table_names()):
            uniques = sorted((u["name"], tuple(u["column_names"]))
                             for u in insp.get_unique_constraints(table))
            unique_cols = {cols for _n, cols in uniques}
            out[table] = {
                "columns": [(c["name"], canonical(c["type"]), c["nullable"])
                            for c in insp.get_columns(table)],
                "primary key": tuple(insp.get_pk_constraint(table)["constrained_columns"]),
                "foreign keys": sorted(
                    (tuple(f["constrained_columns"]), f["referred_table"],
                     tuple(f["referred_columns"]), (f.get("options") or {}).get("ondelete"))
                    for f in insp.get_foreign_keys(table)),
                "unique": uniques,
                "indexes": sorted(
                    (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                    for i in insp.get_indexes(table)
                    if tuple(i["column_names"]) not in unique_cols),
            }
    return out


def test_postgresql_and_sqlite_get_the_same_schema(season_url, tmp_path):
    server = open_server(season_url)
    local = db.make_engine(f"sqlite:///{tmp_path / 'file.avtoituba'}")
    db.upgrade(local)
    try:
        on_server, in_file = describe(server), describe(local)
        with server.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == schema.HEAD
    finally:
        server.dispose()
        local.dispose()
    assert "activity" in on_server and "season_tombstone" in on_server
    assert on_server == in_file


def test_an_old_file_gets_a_stable_uuid_for_every_row_when_upgraded(tmp_path):
    path = tmp_path / "old.avtoituba"
    engine = create_engine(f"sqlite:///{path}")
    db.upgrade(engine, "0001")
    now = dt.datetime.now(dt.UTC).isoformat()
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO workshop (title, venue, language, trainer_name, trainer_organisation,"
            " trainer_email, trainer_phone, closing_words, goals, why, group_question,"
            " presenter_note, areas_heading, homework, followup_platform, followup_link,"
            " followup_intro, followup_tasks, options, created_at, updated_at) VALUES"
            " ('Vana', '', 'et', '', '', '', '', '', '[]', '', '', '', '', '[]', '', '', '',"
            " '[]', '{}', :n, :n)"), {"n": now})
        conn.execute(text("INSERT INTO municipality (workshop_id, name) VALUES (1, 'Elva vald'),"
                          " (1, 'Tartu vald')"))
    engine.dispose()

    store = db.open_store(path)
    try:
        with store.engine.connect() as conn:
            uuids = [r[0] for r in conn.execute(text(
                "SELECT uuid FROM workshop UNION ALL SELECT uuid FROM municipality"))]
    finally:
        store.close()
    assert len(uuids) == 3 and len(set(uuids)) == 3
    assert all(len(u) == 36 for u in uuids)
