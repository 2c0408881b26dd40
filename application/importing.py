"""What an import reports back: what was read, loaded and rejected, line by line."""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class RejectedRow:
    line: int
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportReport:
    rows_read: int
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    aids_added: int = 0
    rejected: tuple[RejectedRow, ...] = field(default_factory=tuple)
    run_id: str | None = None  # the entry in the import history, when one was kept

    def summary(self) -> str:
        return (
            f"{self.rows_read} lignes lues, {len(self.rejected)} rejetées ; "
            f"{self.created} créés, {self.updated} mis à jour, {self.unchanged} inchangés, "
            f"{self.aids_added} aides ajoutées."
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportRun:
    """One IODAS extract loaded: when, by whom, from which file, and its report."""

    id: str
    collectivite: str
    source: str  # the file name, as uploaded or given on the command line
    at: datetime
    actor_id: str | None  # None when run from the command line
    report: ImportReport  # in listings, without its rejected rows
    rejected_count: int
