"""The collectivité's claim on an estate. Worked by agents in the back-office."""

from dataclasses import dataclass
from enum import StrEnum


class CreanceStatus(StrEnum):
    TO_EXAMINE = "to_examine"


@dataclass(frozen=True, slots=True, kw_only=True)
class Creance:
    id: str
    decision_id: str
    collectivite: str
    status: CreanceStatus = CreanceStatus.TO_EXAMINE
