"""The names' facts learnt from a collectivité's records, kept per process until its next import.

Learning reads every record six times (about twelve seconds per million people on SQLite), so it is not redone
per search: the cache is keyed by the database, the collectivité and the time of its latest import.
"""

from threading import Lock

from sqlalchemy import func
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
    usage = session.exec(select(BeneficiaryRow.usage_key, func.count()).where(of_collectivite)
                         .group_by(col(BeneficiaryRow.usage_key))).all()
    birth = session.exec(select(BeneficiaryRow.birth_key, func.count())
                         .where(of_collectivite, col(BeneficiaryRow.birth_key) != col(BeneficiaryRow.usage_key))
                         .group_by(col(BeneficiaryRow.birth_key))).all()
    usage_names = session.exec(select(BeneficiaryRow.usage_name, func.count()).where(of_collectivite)
                               .group_by(col(BeneficiaryRow.usage_name))).all()
    birth_names = session.exec(select(BeneficiaryRow.birth_name, func.count())
                               .where(of_collectivite, col(BeneficiaryRow.birth_name) != col(BeneficiaryRow.usage_name))
                               .group_by(col(BeneficiaryRow.birth_name))).all()
    years = session.exec(
        select(BeneficiaryRow.birth_year, func.count())
        .where(of_collectivite).group_by(col(BeneficiaryRow.birth_year))
    ).all()
    learnt = NameFacts.learn(((sex, names, times) for sex, names, times in rows),
                             [(sound, times) for sound, times in [*usage, *birth]],
                             ((year, times) for year, times in years),
                             [(name, times) for name, times in [*usage_names, *birth_names]])
    if latest is not None:  # without an import, people were written by hand (tests, demo): learn afresh each time
        with _lock:
            _cache[key] = (latest, learnt)
    return learnt
