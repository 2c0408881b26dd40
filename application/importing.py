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
    # (code, people): maison codes of the extract that the collectivité's referential lacks
    unknown_maisons: tuple[tuple[str, int], ...] = ()
    # CRPCEN numbers of the offices whose name or address the table would change, but another collectivité serves
    shared_offices: tuple[str, ...] = ()

    def summary(self) -> str:
        """The counts of an IODAS extract: people created, updated or unchanged, and their aids."""
        return self.nothing_loaded() if self._refused_whole() else (
            f"{self._read()} ; {count(self.created, 'créé', 'créés')}, {self.updated} mis à jour, "
            f"{count(self.unchanged, 'inchangé', 'inchangés')}, "
            f"{count(self.aids_added, 'aide ajoutée', 'aides ajoutées')}."
        )

    def table_summary(self) -> str:
        """The counts of a referential table (études, maisons): rows created, updated or unchanged, no aid."""
        return self.nothing_loaded() if self._refused_whole() else (
            f"{self._read()} ; {count(self.created, 'créée', 'créées')}, "
            f"{count(self.updated, 'mise à jour', 'mises à jour')}, "
            f"{count(self.unchanged, 'inchangée', 'inchangées')}."
        )

    def nothing_loaded(self) -> str:
        """Why no row of the file loaded, in French; empty when some did."""
        if self.created or self.updated or self.unchanged:
            return ""
        if self._refused_whole():
            return f"Aucune ligne n'a été chargée : {self.rejected[0].reason}."
        if not self.rows_read:
            return "Aucune ligne n'a été chargée : le fichier n'a pas de ligne après celle des noms de colonnes."
        if self.rows_read == 1:
            return "Aucune ligne n'a été chargée : la seule ligne du fichier a été rejetée."
        return f"Aucune ligne n'a été chargée : les {self.rows_read} lignes du fichier ont toutes été rejetées."

    def maisons_warning(self) -> str:
        """What the unknown maison codes cost, in French; empty when every code is known."""
        if not self.unknown_maisons:
            return ""
        codes = ", ".join(f"« {code} » ({count(people, 'personne', 'personnes')})"
                          for code, people in self.unknown_maisons)
        several = len(self.unknown_maisons) > 1
        return (f"Attention : code{'s' if several else ''} de maison inconnu{'s' if several else ''} du référentiel "
                f": {codes}. Les personnes concernées sont chargées, mais aucune maison ne sera avertie à leur sujet : "
                "ajoutez la maison au référentiel ou corrigez le code dans IODAS.")

    def offices_warning(self) -> str:
        """The offices of a CRPCEN table whose name and address were kept, in French; empty when none was."""
        if not self.shared_offices:
            return ""
        if len(self.shared_offices) == 1:
            return (f"Attention : l'étude {self.shared_offices[0]} est aussi servie par une autre collectivité : "
                    "son nom et son adresse générique n'ont pas été changés (seul un administrateur de toutes les "
                    "collectivités les modifie) ; son agrément avec votre collectivité est enregistré.")
        return (f"Attention : les études {', '.join(self.shared_offices)} sont aussi servies par une autre "
                "collectivité : leur nom et leur adresse générique n'ont pas été changés (seul un administrateur de "
                "toutes les collectivités les modifie) ; leur agrément avec votre collectivité est enregistré.")

    def _refused_whole(self) -> bool:
        # A file refused before its rows (empty, columns missing) reports the reason as its line 1.
        return not self.rows_read and bool(self.rejected)

    def _read(self) -> str:
        rejected = count(len(self.rejected), "rejetée", "rejetées")
        return f"{count(self.rows_read, 'ligne lue', 'lignes lues')}, {rejected}"


def count(number: int, one: str, many: str) -> str:
    """'0 ligne lue', '1 ligne lue', '2 lignes lues': French puts 0 and 1 in the singular."""
    return f"{number} {one if number < 2 else many}"


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
