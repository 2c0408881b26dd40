"""Alembic migrations build exactly the schema the table models describe."""

from alembic import command
from alembic.script import ScriptDirectory

from infrastructure.persistence.database import alembic_config, make_engine


def test_migrations_have_a_single_head_and_match_the_models(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    config = alembic_config(engine)
    assert len(ScriptDirectory.from_config(config).get_heads()) == 1
    command.upgrade(config, "head")
    command.check(config)  # raises when the models and the migrations disagree
    engine.dispose()
