"""The names' facts learnt from a collectivité's records, kept per process until its next import.

Learning reads every record six times (about twelve seconds per million people on SQLite), so it is not redone
per search: the cache is keyed by the database, the collectivité and the time of its latest import.
"""

from threading import Lock
from typing import Any

from sqlalchemy import ColumnElement, func
from sqlmodel import Session, col, select

from domain.matching.name_facts import NameFacts
from infrastructure.persistence.tables import BeneficiaryRow, ImportRunRow

_cache: dict[tuple[str, str], tuple[object, NameFacts]] = {}
_lock = Lock()


def name_facts(session: Session, collectivite: str) -> NameFacts:
    key = (str(session.get_bind().engine.url), collectivite)
    imports = select(func.max(ImportRunRow.at)).where(col(ImportRunRow.collectivite) == collectivite)
    latest: object = session.exec(imports).one()
    with _lock:
        cached = _cache.get(key)
    if latest is not None and cached is not None and cached[0] == latest:
        return cached[1]
    of_collectivite = col(BeneficiaryRow.collectivite) == collectivite
    rows = session.exec(
        select(BeneficiaryRow.sex, BeneficiaryRow.first_names, func.count())
        .where(of_collectivite).group_by(col(BeneficiaryRow.sex), col(BeneficiaryRow.first_names))
    ).all()
    years = session.exec(
        select(BeneficiaryRow.birth_year, func.count())
        .where(of_collectivite).group_by(col(BeneficiaryRow.birth_year))
    ).all()
    learnt = NameFacts.learn(((sex, names, times) for sex, names, times in rows),
                             _bearers(session, of_collectivite, BeneficiaryRow.usage_key, BeneficiaryRow.birth_key),
                             ((year, times) for year, times in years),
                             _bearers(session, of_collectivite, BeneficiaryRow.usage_name, BeneficiaryRow.birth_name))
    if latest is not None:  # without an import, people were written by hand (tests, demo): learn afresh each time
        with _lock:
            _cache[key] = (latest, learnt)
    return learnt


def _bearers(session: Session, where: ColumnElement[bool], usage: Any, birth: Any) -> list[tuple[str, int]]:
    """How many records bear each value as their usage one, or as a birth one other than it."""
    as_usage = session.exec(select(usage, func.count()).where(where).group_by(col(usage))).all()
    as_birth = session.exec(select(birth, func.count()).where(where, col(birth) != col(usage))
                            .group_by(col(birth))).all()
    return [(value, times) for value, times in [*as_usage, *as_birth] if value]
