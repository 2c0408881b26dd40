"""How well the engine answers a labelled list: the confusion table of `notaires evaluate`."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from application.match_list import ListResult
from domain.matching.result import MatchStatus


class Expected(StrEnum):
    MEMBER = "member"
    NONMEMBER = "nonmember"
    AMBIGUOUS = "ambiguous"


class Verdict(StrEnum):
    CORRECT = "correct"
    DEFERRED = "deferred"
    MISSED = "missed"
    WRONG = "wrong"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True, kw_only=True)
class Label:
    ref: str
    expected: Expected
    iodas_ids: frozenset[str]


def verdict(label: Label, result: ListResult) -> Verdict:
    """Business rules:
    - naming a person is correct only for a member, and only if it is that person; otherwise it is wrong,
      including a pick among identical records (a guess);
    - AMBIGUOUS is correct for identical records, and deferred (work for an agent) otherwise;
    - no match is correct for a non-member, and missed otherwise.
    """
    if result.status is None:
        return Verdict.INVALID
    if result.status is MatchStatus.UNIQUE:
        fits = label.expected is Expected.MEMBER and result.iodas_id in label.iodas_ids
        return Verdict.CORRECT if fits else Verdict.WRONG
    if result.status is MatchStatus.AMBIGUOUS:
        return Verdict.CORRECT if label.expected is Expected.AMBIGUOUS else Verdict.DEFERRED
    return Verdict.CORRECT if label.expected is Expected.NONMEMBER else Verdict.MISSED


@dataclass(slots=True)
class Confusion:
    counts: Counter[tuple[Expected, Verdict]] = field(default_factory=Counter)

    def add(self, label: Label, result: ListResult) -> Verdict:
        found = verdict(label, result)
        self.counts[(label.expected, found)] += 1
        return found

    def total(self, verdict_: Verdict | None = None, expected: Expected | None = None) -> int:
        return sum(n for (e, v), n in self.counts.items()
                   if (verdict_ is None or v is verdict_) and (expected is None or e is expected))

    def table(self) -> str:
        """Counts and percentages of all searches, one line per expected answer and a total."""
        everything = self.total() or 1
        head = f"{'attendu':<11}" + "".join(f"{v.value:>18}" for v in Verdict) + f"{'total':>9}"
        lines = [head]
        groups: Iterable[Expected | None] = (*Expected, None)
        for expected in groups:
            cells = "".join(
                f"{self.total(v, expected):>9} {100 * self.total(v, expected) / everything:>6.2f} %" for v in Verdict
            )
            lines.append(f"{expected.value if expected else 'total':<11}{cells}{self.total(None, expected):>9}")
        return "\n".join(lines)
