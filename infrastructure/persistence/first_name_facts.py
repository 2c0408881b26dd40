"""The first names' facts learnt from a collectivité's records, kept per process until its next import.

Learning reads every record once (about a second per million people), so it is not redone per search: the
cache is keyed by the database, the collectivité and the time of its latest import.
"""

from threading import Lock

from sqlalchemy import func
from sqlmodel import Session, col, select

from domain.matching.first_name_facts import FirstNameFacts
from infrastructure.persistence.tables import BeneficiaryRow, ImportRunRow

_cache: dict[tuple[str, str], tuple[object, FirstNameFacts]] = {}
_lock = Lock()


def first_name_facts(session: Session, collectivite: str) -> FirstNameFacts:
    key = (str(session.get_bind().engine.url), collectivite)
    imports = select(func.max(ImportRunRow.at)).where(col(ImportRunRow.collectivite) == collectivite)
    latest: object = session.exec(imports).one()
    with _lock:
        cached = _cache.get(key)
    if latest is not None and cached is not None and cached[0] == latest:
        return cached[1]
    rows = session.exec(
        select(BeneficiaryRow.sex, BeneficiaryRow.first_names, func.count())
        .where(col(BeneficiaryRow.collectivite) == collectivite)
        .group_by(col(BeneficiaryRow.sex), col(BeneficiaryRow.first_names))
    ).all()
    learnt = FirstNameFacts.learn((sex, names, times) for sex, names, times in rows)
    if latest is not None:  # without an import, people were written by hand (tests, demo): learn afresh each time
        with _lock:
            _cache[key] = (latest, learnt)
    return learnt
