"""Letters, décomptes and maisons du département in SQL."""

from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from domain.decompte import StoredDecompte
from domain.letters import LetterKind, StoredLetter
from domain.maison import Maison
from infrastructure.persistence.tables import DecompteLetterRow, LetterRow, MaisonRow


class SqlLetterArchive:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, letter: StoredLetter) -> None:
        self._session.add(LetterRow(decision_id=letter.decision_id, request_id=letter.request_id,
                                    collectivite=letter.collectivite, kind=letter.kind.value,
                                    filename=letter.filename, pdf=letter.pdf, created_at=letter.created_at))
        self._session.flush()

    def get(self, decision_id: str) -> StoredLetter | None:
        row = self._session.get(LetterRow, decision_id)
        return _letter(row) if row else None

    def for_request(self, request_id: str) -> Sequence[StoredLetter]:
        query = select(LetterRow).where(col(LetterRow.request_id) == request_id).order_by(col(LetterRow.created_at))
        return [_letter(r) for r in self._session.exec(query)]


def _letter(row: LetterRow) -> StoredLetter:
    return StoredLetter(decision_id=row.decision_id, request_id=row.request_id, collectivite=row.collectivite,
                        kind=LetterKind(row.kind), filename=row.filename, pdf=bytes(row.pdf),
                        created_at=row.created_at)


class SqlDecompteArchive:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, letter: StoredDecompte) -> bool:
        """The case's key turns a décompte sent twice at once (a double click) into a clean refusal (no savepoint:
        see SqlDoubtQueue.settle)."""
        try:
            self._session.add(DecompteLetterRow(
                creance_id=letter.creance_id, request_id=letter.request_id, collectivite=letter.collectivite,
                filename=letter.filename, pdf=letter.pdf, created_at=letter.created_at))
            self._session.flush()
        except IntegrityError:
            self._session.rollback()
            return False
        return True

    def get(self, creance_id: str) -> StoredDecompte | None:
        row = self._session.get(DecompteLetterRow, creance_id)
        if row is None:
            return None
        return StoredDecompte(creance_id=row.creance_id, request_id=row.request_id, collectivite=row.collectivite,
                              filename=row.filename, pdf=bytes(row.pdf), created_at=row.created_at)


class SqlMaisons:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, collectivite: str, code: str) -> Maison | None:
        row = self._session.get(MaisonRow, (collectivite, code))
        return _maison(row) if row else None

    def all(self, collectivite: str) -> Sequence[Maison]:
        query = select(MaisonRow).where(col(MaisonRow.collectivite) == collectivite).order_by(col(MaisonRow.code))
        return [_maison(r) for r in self._session.exec(query)]

    def save(self, maison: Maison) -> bool:
        row = self._session.get(MaisonRow, (maison.collectivite, maison.code))
        if row is None:
            self._session.add(MaisonRow(collectivite=maison.collectivite, code=maison.code, name=maison.name,
                                        email=maison.email, address=maison.address))
        else:
            row.name, row.email, row.address = maison.name, maison.email, maison.address
            self._session.add(row)
        self._session.flush()
        return row is None


def _maison(row: MaisonRow) -> Maison:
    return Maison(collectivite=row.collectivite, code=row.code, name=row.name, email=row.email, address=row.address)
