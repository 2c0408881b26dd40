"""Writes the next Alembic migration from the table models: `make migration m="what changed"`."""

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from infrastructure.persistence.database import alembic_config, make_engine


def main() -> None:
    message = " ".join(sys.argv[1:]) or "schema change"
    with tempfile.TemporaryDirectory() as tmp:
        config = alembic_config(make_engine(f"sqlite:///{Path(tmp) / 'gen.db'}"))
        command.upgrade(config, "head")
        head = ScriptDirectory.from_config(config).get_current_head() or "0000"
        command.revision(config, message=message, autogenerate=True, rev_id=f"{int(head) + 1:04d}")


if __name__ == "__main__":
    main()
