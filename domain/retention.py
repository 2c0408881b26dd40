"""How long personal data is kept, per collectivité (RGPD: storage limitation).

- A search that found no one is anonymised after `no_match_months` (3 by default).
- An answer tied to a créance is kept while the créance is open, then `creance_years` after it closed.
- Any other answer (known, doubtful, undue payment) is kept `answer_years` as the legal proof of what
  the notary was told, then anonymised.
Anonymising keeps the office, the dates of the request and the outcomes: statistics stay computable."""

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from domain.outcome import Outcome

ANONYMISED = "ANONYMISÉ"


@dataclass(frozen=True, slots=True, kw_only=True)
class RetentionPolicy:
    no_match_months: int = 3
    answer_years: int = 5
    creance_years: int = 5  # after the créance is closed: the five-year limitation of actions (Code civil, art. 2224)


@dataclass(frozen=True, slots=True, kw_only=True)
class Answered:
    """One collectivité's answer in force on a request, and its créance if any."""

    collectivite: str
    outcome: Outcome
    creance_open: bool = False
    creance_closed_on: date | None = None


def add_months(moment: datetime, months: int) -> datetime:
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def keep_until(requested_at: datetime, answers: Sequence[Answered], policies: Mapping[str, RetentionPolicy],
               default: RetentionPolicy) -> datetime | None:
    """When the request may be anonymised; None while a créance is open. The longest period wins."""
    ends = [add_months(requested_at, default.no_match_months)] if not answers else []
    for answer in answers:
        policy = policies.get(answer.collectivite, default)
        if answer.creance_open:
            return None
        if answer.creance_closed_on is not None:
            closed = datetime.combine(answer.creance_closed_on, time(), UTC)
            ends.append(add_months(closed, 12 * policy.creance_years))
        elif answer.outcome is Outcome.UNKNOWN:
            ends.append(add_months(requested_at, policy.no_match_months))
        else:
            ends.append(add_months(requested_at, 12 * policy.answer_years))
    return max(ends)


def parse_policies(text: str) -> dict[str, RetentionPolicy]:
    """'69M:no_match_months=6,answer_years=10;69:creance_years=6' -> per-collectivité policies."""
    found = {}
    for item in filter(None, (part.strip() for part in text.split(";"))):
        code, _, settings = item.partition(":")
        values = {}
        for pair in filter(None, (p.strip() for p in settings.split(","))):
            key, _, number = pair.partition("=")
            if key.strip() not in RetentionPolicy.__dataclass_fields__ or not number.strip().isdigit():
                raise ValueError(f"Réglage de conservation invalide « {pair} » pour {code} : attendu par exemple "
                                 "no_match_months=3, answer_years=5 ou creance_years=5.")
            values[key.strip()] = int(number)
        found[code.strip()] = RetentionPolicy(**values)
    return found
