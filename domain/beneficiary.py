"""A person known to a collectivité's social services, as extracted from IODAS."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from domain.aid import Aid, AidCategory, AidReferential
from domain.outcome import Outcome


@dataclass(frozen=True, slots=True, kw_only=True)
class Beneficiary:
    collectivite: str
    iodas_id: str
    sex: str | None
    usage_name: str
    birth_name: str | None
    first_names: tuple[str, ...]
    birth_date: date
    maison_code: str | None
    aids: tuple[Aid, ...] = ()


def outcome_for(beneficiary: Beneficiary, referential: AidReferential) -> Outcome:
    """Business rules:
    - recoverable social aid prevails over APA/PCH;
    - a non-recoverable benefit may still have been overpaid.
    """
    return outcome_for_records((beneficiary,), referential)


def outcome_for_records(records: Iterable[Beneficiary], referential: AidReferential) -> Outcome:
    """One person entered several times in IODAS (her APA on one file, her ASH on another): the answer is that of
    all her files' aids together, as `outcome_for` reads one file's."""
    categories = {referential.category(aid.code) for record in records for aid in record.aids}
    if AidCategory.RECOVERABLE in categories:
        return Outcome.RECOVERABLE_AID
    if AidCategory.UNDUE_PAYMENT_POSSIBLE in categories:
        return Outcome.POSSIBLE_UNDUE_PAYMENT
    return Outcome.UNKNOWN
