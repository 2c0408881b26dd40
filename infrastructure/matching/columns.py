"""Compact columns for a million people: few Python objects, so loading, forking and the GC stay cheap.

Names, first names, sound keys, aid codes and dates repeat a lot: each distinct value is kept once
(`Vocabulary`) and a row holds its number in a numpy array. Identifiers are all distinct: they are kept
end to end in one string (`Packed`).
"""

from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import count
from operator import itemgetter
from typing import Any

import numpy as np
from numpy.typing import NDArray

Codes = NDArray[np.int32]


class Vocabulary:
    """Distinct values, numbered; several columns may share one."""

    def __init__(self) -> None:
        self._ids: dict[Any, int] = {}

    def encode(self, values: Sequence[Any]) -> Codes:
        ids = self._ids
        new = set(values).difference(ids)  # in C: hashing each value once is most of the cost
        ids.update(zip(new, count(len(ids))))
        if len(values) < 2:  # itemgetter gives a lone value, not a tuple
            return np.array([ids[value] for value in values], dtype=np.int32)
        return np.array(itemgetter(*values)(ids), dtype=np.int32)  # every lookup in C, none through a call

    def get(self, value: Any) -> int | None:
        return self._ids.get(value)

    def values(self) -> list[Any]:
        return list(self._ids)


@dataclass(frozen=True, slots=True)
class Coded:
    """A column as numbers into a list of distinct values."""

    values: list[Any]
    codes: Codes

    def __getitem__(self, row: int) -> Any:
        return self.values[self.codes[row]]

    def take(self, rows: NDArray[np.int64]) -> list[Any]:
        values = self.values
        return [values[code] for code in self.codes[rows].tolist()]


class CodedBuilder:
    """Accumulates one column's codes, chunk by chunk."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary or Vocabulary()
        self._chunks: list[Codes] = []

    def add(self, values: Sequence[Any]) -> None:
        self._chunks.append(self.vocabulary.encode(values))

    def codes(self) -> Codes:
        return np.concatenate(self._chunks) if self._chunks else np.zeros(0, dtype=np.int32)

    def build(self) -> Coded:
        return Coded(self.vocabulary.values(), self.codes())


class Packed:
    """Strings end to end in one string, with where each ends."""

    def __init__(self, text: str, ends: NDArray[np.int64]) -> None:
        self._text, self._ends = text, ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, row: int) -> str:
        start = int(self._ends[row - 1]) if row else 0
        return self._text[start:int(self._ends[row])]

    def take(self, rows: NDArray[np.int64]) -> list[str]:
        starts = np.where(rows > 0, self._ends[rows - 1], 0).tolist()
        text = self._text
        return [text[start:end] for start, end in zip(starts, self._ends[rows].tolist())]


class PackedBuilder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._lengths = array("q")

    def add(self, values: Sequence[str]) -> None:
        self._parts.append("".join(values))
        self._lengths.extend(map(len, values))

    def build(self) -> Packed:
        return Packed("".join(self._parts), np.cumsum(np.array(self._lengths, dtype=np.int64)))


def ints(chunks: Iterable[Iterable[int]]) -> NDArray[np.int32]:
    numbers = array("i")
    for chunk in chunks:
        numbers.extend(chunk)
    return np.array(numbers, dtype=np.int32)
