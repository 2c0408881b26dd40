"""Conversions between domain entities and table rows."""

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Row

from domain.aid import Aid
from domain.beneficiary import Beneficiary
from domain.decision import CandidateEvidence, Decision, DecisionKind, MatchEvidence
from domain.identity import DeceasedIdentity
from domain.matching.blocking import month_day, record_given, record_sounds
from domain.outcome import Outcome
from domain.search import SearchRequest
from domain.user import Role, User
from infrastructure.persistence.tables import (
    BeneficiaryRow,
    DecisionRow,
    SearchRequestRow,
    UserRow,
)


def to_db_time(moment: datetime) -> datetime:
    """Columns hold aware UTC datetimes; a naive one is taken as UTC."""
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def from_db_time(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def beneficiary_values(b: Beneficiary) -> dict[str, Any]:
    """Column values of the beneficiary table; a plain dict, since bulk imports skip the ORM for speed."""
    usage_key, birth_key = record_sounds(b.usage_name, b.birth_name)
    return {
        "collectivite": b.collectivite,
        "iodas_id": b.iodas_id,
        "sex": b.sex,
        "usage_name": b.usage_name,
        "birth_name": b.birth_name,
        "first_names": " ".join(b.first_names),
        "birth_date": b.birth_date,
        "maison_code": b.maison_code,
        "usage_key": usage_key,
        "birth_key": birth_key,
        "birth_year": b.birth_date.year,
        "birth_md": month_day(b.birth_date),
        "given_key": record_given(" ".join(b.first_names)),
    }


def beneficiary_of(row: Row[Any], aids: list[Aid]) -> Beneficiary:
    """A beneficiary from a row of `beneficiary` columns (`id` aside) and its aids in any order."""
    return Beneficiary(
        collectivite=row.collectivite,
        iodas_id=row.iodas_id,
        sex=row.sex,
        usage_name=row.usage_name,
        birth_name=row.birth_name,
        first_names=tuple(row.first_names.split()),
        birth_date=row.birth_date,
        maison_code=row.maison_code,
        aids=tuple(sorted(aids, key=lambda a: a.start)),
    )


def user(row: UserRow) -> User:
    return User(
        id=row.id,
        email=row.email,
        role=Role(row.role),
        password_hash=row.password_hash,
        crpcen=row.crpcen,
        collectivite=row.collectivite,
        active=row.active,
        created_at=from_db_time(row.created_at) if row.created_at else None,
    )


def user_row(u: User) -> UserRow:
    return UserRow(
        id=u.id,
        email=u.email,
        role=u.role.value,
        password_hash=u.password_hash,
        crpcen=u.crpcen,
        collectivite=u.collectivite,
        active=u.active,
        created_at=to_db_time(u.created_at) if u.created_at else None,
    )


def request_row(r: SearchRequest) -> SearchRequestRow:
    i = r.identity
    return SearchRequestRow(
        id=r.id, reference=r.reference, crpcen=r.crpcen, user_id=r.user_id, at=to_db_time(r.at),
        last_name=i.last_name, birth_name=i.birth_name, first_names=i.first_names,
        birth_date=i.birth_date, death_date=i.death_date, death_place=i.death_place,
    )


def search_request(row: SearchRequestRow) -> SearchRequest:
    identity = DeceasedIdentity(
        last_name=row.last_name, birth_name=row.birth_name, first_names=row.first_names,
        birth_date=row.birth_date, death_date=row.death_date, death_place=row.death_place,
    )
    return SearchRequest(id=row.id, reference=row.reference, identity=identity, crpcen=row.crpcen,
                         user_id=row.user_id, at=from_db_time(row.at))


def evidence_json(evidence: MatchEvidence) -> str:
    candidates = [{"iodas_id": c.iodas_id, "score": c.score, "fields": c.field_scores, **(
        {"in_doubt": True} if c.in_doubt else {})} for c in evidence.candidates]  # older rows have no such key
    return json.dumps({"reason": evidence.reason, "candidates": candidates}, ensure_ascii=False)


def evidence(text: str) -> MatchEvidence:
    data = json.loads(text)
    candidates = tuple(
        CandidateEvidence(iodas_id=c["iodas_id"], score=c["score"], field_scores=dict(c["fields"]),
                          in_doubt=bool(c.get("in_doubt", False)))
        for c in data.get("candidates", [])
    )
    return MatchEvidence(reason=data.get("reason", ""), candidates=candidates)


def decision_row(d: Decision) -> DecisionRow:
    return DecisionRow(
        id=d.id, request_id=d.request_id, collectivite=d.collectivite, outcome=d.outcome.value,
        iodas_id=d.iodas_id, evidence=evidence_json(d.evidence), decided_at=to_db_time(d.decided_at),
        kind=d.kind.value, decided_by=d.decided_by, comment=d.comment, supersedes=d.supersedes,
        other_iodas_ids=iodas_ids_json(d.other_iodas_ids),
    )


def decision(row: DecisionRow) -> Decision:
    return Decision(
        id=row.id, request_id=row.request_id, collectivite=row.collectivite, outcome=Outcome(row.outcome),
        iodas_id=row.iodas_id, evidence=evidence(row.evidence), decided_at=from_db_time(row.decided_at),
        kind=DecisionKind(row.kind), decided_by=row.decided_by, comment=row.comment, supersedes=row.supersedes,
        other_iodas_ids=iodas_ids(row.other_iodas_ids),
    )


def iodas_ids_json(ids: tuple[str, ...]) -> str | None:
    """A person's other IODAS files; NULL for none, as every row written before they could be named."""
    return json.dumps(list(ids)) if ids else None


def iodas_ids(text: str | None) -> tuple[str, ...]:
    return tuple(str(i) for i in json.loads(text)) if text else ()
