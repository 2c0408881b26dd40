"""Alembic migrations build exactly the schema the table models describe."""

from dataclasses import replace
from decimal import Decimal as D

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from domain.decision import DecisionKind
from domain.matching.blocking import record_sounds
from domain.recovery import RecourseType
from infrastructure.persistence.database import alembic_config, make_engine
from tests.conftest import make_services


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


def _one_case(engine: sa.Engine, recourse_and_cents: str) -> None:
    """An office, an agent, a request answered « aide récupérable » (d1) and its créance (c1), written as SQL so that
    an older schema takes them; `recourse_and_cents`: the créance's recourse, net estate, funeral costs and claim."""
    with engine.begin() as connection:
        for statement in (
                "INSERT INTO collectivite (code, name, kind) VALUES ('69', 'Rhône', 'departement')",
                "INSERT INTO office (crpcen, name, email) VALUES ('69001', 'Étude', 'e@n.example')",
                "INSERT INTO app_user (id, email, role, password_hash, crpcen, active) "
                "VALUES ('u1', 'agent@cd69.example', 'agent', 'x', NULL, TRUE)",
                "INSERT INTO search_request (id, reference, crpcen, user_id, at, last_name, first_names, birth_date, "
                "death_date, death_place) VALUES ('r1', '2026-000001', '69001', 'u1', '2026-11-20 09:00:00', "
                "'MARTIN', 'JEANNE', '1931-04-12', '2026-11-01', 'Lyon')",
                "INSERT INTO decision (id, request_id, collectivite, outcome, iodas_id, evidence, decided_at, kind) "
                "VALUES ('d1', 'r1', '69', 'RECOVERABLE_AID', '100001', '{\"reason\": \"\", \"candidates\": []}', "
                "'2026-11-20 09:00:00', 'automatic')",
                "INSERT INTO creance (id, decision_id, request_id, collectivite, iodas_id, recourse, net_estate_cents, "
                "funeral_costs_cents, amount_claimed_cents, status, opened_at, opened_by) VALUES ('c1', 'd1', 'r1', "
                f"'69', '100001', {recourse_and_cents}, 'to_examine', '2026-11-21 09:00:00', 'u1')"):
            connection.execute(sa.text(statement))


def test_decisions_and_creances_written_before_several_files_could_be_named_keep_their_one_file(
        database_url: str) -> None:
    """A decision and its créance stored under 0017 read back with their file as the principal one and no other, on
    SQLite and PostgreSQL; one naming two files then goes back down to its principal file."""
    engine = make_engine(database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0017")
    _one_case(engine, "'estate', 0, 0, 100")
    command.upgrade(config, "head")
    services = make_services(database_url)
    with services.uow() as uow:
        decision, creance = uow.doubts.decision("d1"), uow.creances.get("c1")
        assert decision is not None and creance is not None
        assert (decision.iodas_id, decision.iodas_ids) == ("100001", ("100001",))
        assert (creance.iodas_id, creance.iodas_ids) == ("100001", ("100001",))
        assert uow.doubts.settle(replace(decision, id="d2", kind=DecisionKind.CORRECTED, supersedes="d1",
                                         other_iodas_ids=("100002",)))
        uow.commit()
    with services.uow() as uow:
        assert (stored := uow.doubts.decision("d2")) is not None and stored.iodas_ids == ("100001", "100002")
    services.engine.dispose()
    command.downgrade(config, "0017")
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT id, iodas_id FROM decision ORDER BY id")).all()
    assert [tuple(row) for row in rows] == [("d1", "100001"), ("d2", "100001")]
    engine.dispose()


def test_creances_opened_before_the_value_of_a_legacy_or_gift_was_asked_keep_their_figures_and_have_none(
        database_url: str) -> None:
    """A case against a donee stored under 0021, computed on the estate's figures then, reads back with them and no
    value of the gift, on SQLite and PostgreSQL: readable, and notified only once the value is given."""
    engine = make_engine(database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0021")
    _one_case(engine, "'donee', 500000, 200000, 300000")
    command.upgrade(config, "head")
    services = make_services(database_url)
    with services.uow() as uow:
        creance = uow.creances.get("c1")
    assert creance is not None
    assert (creance.recourse, creance.net_estate, creance.funeral_costs, creance.liberality_value,
            creance.amount_claimed) == (RecourseType.DONEE, D("5000.00"), D("2000.00"), None, D("3000.00"))
    services.engine.dispose()
    command.downgrade(config, "0021")
    engine.dispose()
