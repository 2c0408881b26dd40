"""The deaths the département learns from notaries' searches, to report to IODAS so that it stops paying the dead."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from domain.beneficiary import Beneficiary
from domain.decision import Decision
from domain.outcome import Outcome
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class DeathReport:
    """One IODAS person known to have died: who, as the beneficiary file names them, and the search that told."""

    collectivite: str
    iodas_id: str
    usage_name: str  # the names and the birth date are the beneficiary file's, not what the clerk typed
    birth_name: str | None
    first_names: str
    birth_date: date
    death_date: date  # the death date and place are the clerk's: IODAS does not know them
    death_place: str
    reference: str  # the request's
    requested_at: datetime
    crpcen: str
    outcome: Outcome  # the answer in force that identified the person
    decision_id: str
    request_id: str


def identifies(decision: Decision) -> bool:
    """Business rules:
    - only a person the service identified is reported: an answer that names an IODAS person, never a doubt (an
      unsettled one names nobody; the notary's typed identity is never reported for itself);
    - the caller passes the answer in force: a doubt an agent settled naming a candidate counts through its
      corrected decision, which supersedes the doubt.
    """
    return decision.iodas_id is not None and decision.outcome is not Outcome.AMBIGUOUS


def report_of(request: SearchRequest, decision: Decision, person: Beneficiary) -> DeathReport | None:
    """The death this answer teaches, or None when it identifies nobody (or someone else than `person`)."""
    if not identifies(decision) or person.collectivite != decision.collectivite \
            or person.iodas_id not in decision.iodas_ids:  # every file of a person entered several times
        return None
    return DeathReport(
        collectivite=person.collectivite, iodas_id=person.iodas_id, usage_name=person.usage_name,
        birth_name=person.birth_name, first_names=" ".join(person.first_names), birth_date=person.birth_date,
        death_date=request.identity.death_date, death_place=request.identity.death_place,
        reference=request.reference, requested_at=request.at, crpcen=request.crpcen, outcome=decision.outcome,
        decision_id=decision.id, request_id=request.id,
    )


def once_per_person(reports: Iterable[DeathReport]) -> tuple[DeathReport, ...]:
    """Business rules:
    - a person found by several searches is reported once, by the earliest search: the first office to ask is the
      one that opened the estate, and IODAS learns the death as soon as possible;
    - the reports come in the order of their searches.
    """
    first: dict[tuple[str, str], DeathReport] = {}
    for report in sorted(reports, key=lambda r: (r.requested_at, r.reference)):
        first.setdefault((report.collectivite, report.iodas_id), report)
    return tuple(first.values())


@dataclass(frozen=True, slots=True, kw_only=True)
class DeathBatch:
    """One export of deaths to IODAS, for one collectivité: each death is in one batch only."""

    id: str
    collectivite: str
    number: int  # 1, 2, 3… within the collectivité, as agents name it: « lot n° 3 »
    created_at: datetime
    created_by: str | None  # None: the nightly command
    size: int
    reports: tuple[DeathReport, ...] = ()  # in listings, left out (see `size`)


@dataclass(frozen=True, slots=True)
class NothingToReport:
    message: str = "Aucun nouveau décès à signaler à IODAS : aucun lot n'a été créé."


@dataclass(frozen=True, slots=True)
class DeathBatchNotFound:
    message: str = "Ce lot n'existe pas, ou il ne relève pas de votre collectivité."
