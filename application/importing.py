"""What an import reports back: what was read, loaded and rejected, line by line."""

from dataclasses import dataclass, field


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

    def summary(self) -> str:
        return (
            f"{self.rows_read} lignes lues, {len(self.rejected)} rejetées ; "
            f"{self.created} créés, {self.updated} mis à jour, {self.unchanged} inchangés, "
            f"{self.aids_added} aides ajoutées."
        )
