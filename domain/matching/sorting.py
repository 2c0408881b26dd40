"""A search's candidates sorted by a store that reads whole records, as the in-memory index sorts its own.

The SQL directory reads a common surname's bearers by the hundred (MARTIN: 500-640 at a million people). Judged here
before their aids are read or a `Beneficiary` built, most are dropped (`Shortlist`), and the bearers of the name born
on a date no slip reaches are built only if the policy counts them (`SortedCandidates`). The answer is the same."""

from collections.abc import Callable, Sequence
from datetime import date

from domain.beneficiary import Beneficiary
from domain.matching.candidates import SortedCandidates
from domain.matching.scoring import birth_date_score
from domain.matching.shortlist import Shortlist

# A recorded person as a store reads it: usage name, birth name, their stored sound keys
# (`blocking.record_sounds`), sex and birth date.
Record = tuple[str, str | None, str, str, str | None, date]


def sort_candidates(shortlist: Shortlist, born: date, doubt_floor: float, records: Sequence[Record],
                    build: Callable[[Sequence[int]], Sequence[Beneficiary]]) -> SortedCandidates:
    """`born`: the searched birth date; `doubt_floor`: the policy's; `build(positions)`: the records at these
    positions as beneficiaries, in that order."""
    near: list[int] = []
    unreached: list[bool] = []
    crossable: list[bool] = []
    elsewhere: list[int] = []
    for position, (usage_name, birth_name, usage_sound, birth_sound, sex, day) in enumerate(records):
        verdict = shortlist.judge(usage_name, birth_name, usage_sound, birth_sound, sex, day)
        if not verdict.kept:
            continue
        if day == born or birth_date_score(born, day) >= doubt_floor:
            near.append(position)
            unreached.append(not verdict.named)
            crossable.append(verdict.crossed)
        else:
            elsewhere.append(position)
    return SortedCandidates(build(near), unreached, lambda: build(elsewhere), len(elsewhere), crossable)
