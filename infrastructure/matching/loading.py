"""Reading a collectivité's beneficiaries for the index: the driver's own cursor, chunk by chunk.

At a million rows, SQLAlchemy's result rows cost more than the query; the key columns were written at
import, so loading computes no key and converts no value. PostgreSQL streams through a server-side
cursor, so neither side holds every row at once.
"""

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Engine

from infrastructure.matching.people import AID_COLUMNS, PEOPLE_COLUMNS, People, PeopleBuilder

_CHUNK = 50_000


def read_people(engine: Engine, collectivite: str) -> People:
    sqlite = engine.dialect.name == "sqlite"
    # SQLite would search the (collectivite, birth_date) index and then sort a million rows: a unary +
    # keeps it off that index, and a scan in id order is several times faster.
    mine = "+{}collectivite = ?" if sqlite else "{}collectivite = %s"
    people = f"SELECT {', '.join(PEOPLE_COLUMNS)} FROM beneficiary WHERE {mine.format('')} ORDER BY id"
    aids = (f"SELECT {', '.join('a.' + _quoted(c) for c in AID_COLUMNS)} FROM aid a JOIN beneficiary b "
            f"ON a.beneficiary_id = b.id WHERE {mine.format('b.')} ORDER BY a.beneficiary_id, a.start, a.id")
    builder = PeopleBuilder(collectivite)
    connection = engine.raw_connection()
    try:
        _stream(connection, engine.dialect.name, people, collectivite, builder.add_people)
        _stream(connection, engine.dialect.name, aids, collectivite, builder.add_aids)
        connection.rollback()  # read only; ends the transaction a server-side cursor needs
    finally:
        connection.close()
    return builder.build()


def _quoted(column: str) -> str:
    return f'"{column}"' if column == "end" else column


def _stream(connection: Any, dialect: str, query: str, collectivite: str,
            take: Callable[[Sequence[Sequence[Any]]], None]) -> None:
    cursor = connection.cursor(name="index_load") if dialect == "postgresql" else connection.cursor()
    try:
        cursor.execute(query, (collectivite,))
        while rows := cursor.fetchmany(_CHUNK):
            take(rows)
    finally:
        cursor.close()
