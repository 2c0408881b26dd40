"""A search's candidates as a store that has sorted them hands them over, so that the policy builds and scores few.

Among a million people, most of a search's shortlisted candidates are never compared: bearers of the name born on
a date no slip reaches (the policy counts them as namesakes only when it weighs a close date), and people born that
day whose surnames surely fall below the policy's floor (kept for the rules on a name a record lacks and on names
keyed crosswise). A store that knows which is which says so: the first are built only if a rule asks for them, the
second are not triaged. Iterated, the whole list is built, as a plain sequence of candidates would be.
"""

from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from typing import overload

from domain.beneficiary import Beneficiary


class SortedCandidates(Sequence[Beneficiary]):
    def __init__(self, near: Sequence[Beneficiary], unreached: Sequence[bool],
                 born_elsewhere: Callable[[], Sequence[Beneficiary]], elsewhere: int,
                 crossable: Sequence[bool] | None = None) -> None:
        """`near`: the people born within a slip of the searched date (every one born that day among them);
        `unreached[i]`: `near[i]`'s surnames surely score below the policy's `surname_floor`;
        `born_elsewhere()`: the others, `elsewhere` of them, whose birth dates no slip reaches;
        `crossable[i]`: False when `near[i]` surely is not the deceased with names and first names keyed crosswise
        (`ThresholdPolicy.may_be_crossed`); None when the store did not tell."""
        assert len(unreached) == len(near) and (crossable is None or len(crossable) == len(near))
        self.near, self._unreached, self._crossable = near, unreached, crossable
        self._born_elsewhere, self._elsewhere = born_elsewhere, elsewhere

    def to_triage(self) -> list[Beneficiary]:
        """The people born near the date whose surnames may count."""
        return [b for b, unreached in zip(self.near, self._unreached) if not unreached]

    def to_cross(self) -> Sequence[Beneficiary]:
        """The people born near the date who may be the deceased with the names keyed crosswise."""
        if self._crossable is None:
            return self.near
        return [b for b, crossable in zip(self.near, self._crossable) if crossable]

    def born_elsewhere(self) -> Sequence[Beneficiary]:
        return self._all[len(self.near):]

    @cached_property
    def _all(self) -> list[Beneficiary]:
        elsewhere = list(self._born_elsewhere()) if self._elsewhere else []
        assert len(elsewhere) == self._elsewhere
        return [*self.near, *elsewhere]

    def __len__(self) -> int:
        return len(self.near) + self._elsewhere

    @overload
    def __getitem__(self, index: int) -> Beneficiary: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Beneficiary]: ...

    def __getitem__(self, index: int | slice) -> Beneficiary | Sequence[Beneficiary]:
        return self._all[index]

    def __iter__(self) -> Iterator[Beneficiary]:
        return iter(self._all)
