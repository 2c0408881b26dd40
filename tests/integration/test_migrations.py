"""Alembic migrations build exactly the schema the table models describe."""

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from domain.matching.blocking import record_sounds
from infrastructure.persistence.database import alembic_config, make_engine


def test_migrations_have_a_single_head_and_match_the_models(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    config = alembic_config(engine)
    assert len(ScriptDirectory.from_config(config).get_heads()) == 1
    command.upgrade(config, "head")
    command.check(config)  # raises when the models and the migrations disagree
    engine.dispose()


def test_names_with_an_abbreviated_saint_or_of_civil_status_are_rekeyed(database_url: str) -> None:
    """Keys stored before 'ST' was read as 'SAINT' (or 'Ł' as 'L', or 'GUY' as 'GUI') are computed again, so that
    the blocks still find them, on SQLite and on PostgreSQL (whose LIKE tells case)."""
    engine = make_engine(database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0010")
    with engine.begin() as connection:
        connection.execute(sa.text("INSERT INTO collectivite (code, name, kind) VALUES ('69', 'Rhône', 'departement')"))
        for iodas_id, usage in (("1", "ST MARTIN"), ("2", "DURAND"), ("3", "DUPONT EP MARTIN"),
                                ("4", "Łukaszewski"), ("5", "Tanguy")):
            connection.execute(sa.text(
                "INSERT INTO beneficiary (collectivite, iodas_id, usage_name, first_names, birth_date, usage_key, "
                "birth_key, birth_year, birth_md) VALUES ('69', :i, :u, 'JEAN', '1931-04-12', 'OLD', 'OLD', 1931, 412)"),
                {"i": iodas_id, "u": usage})
    command.upgrade(config, "head")
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT iodas_id, usage_key FROM beneficiary")).all()
    keys = {str(iodas_id): str(key) for iodas_id, key in rows}
    # Only the names that may hold such words are read again.
    assert keys == {"1": record_sounds("Saint-Martin", None)[0], "2": "OLD", "3": record_sounds("Dupont", None)[0],
                    "4": record_sounds("LUKASZEWSKI", None)[0], "5": record_sounds("TANGUI", None)[0]}
    engine.dispose()


def test_rows_stored_before_the_first_name_key_get_it(database_url: str) -> None:
    engine = make_engine(database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0014")
    with engine.begin() as connection:
        connection.execute(sa.text("INSERT INTO collectivite (code, name, kind) VALUES ('69', 'Rhône', 'departement')"))
        for iodas_id, first_names in (("1", "JEAN-PIERRE MARIE"), ("2", "Élise"), ("3", "")):
            connection.execute(sa.text(
                "INSERT INTO beneficiary (collectivite, iodas_id, usage_name, first_names, birth_date, usage_key, "
                "birth_key, birth_year, birth_md) VALUES ('69', :i, 'DURAND', :f, '1931-04-12', 'TRN', 'TRN', 1931, "
                "412)"), {"i": iodas_id, "f": first_names})
    command.upgrade(config, "head")
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT iodas_id, given_key FROM beneficiary")).all()
    assert {str(iodas_id): str(key) for iodas_id, key in rows} == {"1": "JEANPIERRE", "2": "ELISE", "3": ""}
    engine.dispose()


def test_a_creance_recovered_once_keeps_that_sum_as_its_first_instalment_and_a_partial_one_reopens(
        sqlite_url: str) -> None:
    """Before instalments, a first payment closed the case. Plain SQLite without foreign keys, so that the cases
    need no request or agent behind them."""
    engine = sa.create_engine(sqlite_url)
    config = alembic_config(engine)
    command.upgrade(config, "0016")
    columns = ("id, decision_id, request_id, collectivite, recourse, net_estate_cents, funeral_costs_cents, "
               "amount_claimed_cents, status, opened_at, opened_by, notified_on, amount_recovered_cents, closed_on")
    with engine.begin() as connection:
        for case, status, recovered, closed in (("part", "recovered_in_part", 300000, "2026-11-20"),
                                                ("full", "recovered_in_full", 850000, "2026-11-21"),
                                                ("waived", "waived", 0, "2026-11-22")):
            connection.execute(sa.text(
                f"INSERT INTO creance ({columns}) VALUES (:i, :i, 'r', '69', 'estate', 0, 0, 850000, :s, "
                "'2026-10-01 09:00:00', 'agent', '2026-11-02', :a, :c)"), {"i": case, "s": status, "a": recovered,
                                                                          "c": closed})
    command.upgrade(config, "head")
    with engine.connect() as connection:
        instalments = connection.execute(sa.text(
            "SELECT creance_id, position, recovered_on, amount_cents FROM creance_recovery ORDER BY creance_id")).all()
        rows = connection.execute(sa.text("SELECT id, closed_on, amount_recovered_cents FROM creance")).all()
    cases = {str(row[0]): row[1] for row in rows}
    totals = {str(row[0]): row[2] for row in rows}
    assert [tuple(map(str, row)) for row in instalments] == [("full", "1", "2026-11-21", "850000"),
                                                             ("part", "1", "2026-11-20", "300000")]
    assert cases == {"part": None, "full": "2026-11-21", "waived": "2026-11-22"}
    assert totals == {"part": 300000, "full": 850000, "waived": None}
    engine.dispose()
