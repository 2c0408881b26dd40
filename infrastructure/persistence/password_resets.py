"""One-time password links in SQL: the hash of the token, its owner, expiry and use."""

from datetime import datetime

from sqlalchemy import CursorResult, delete, update
from sqlmodel import Session, col

from application.ports.password_resets import PendingReset
from infrastructure.persistence.mappers import from_db_time, to_db_time
from infrastructure.persistence.tables import PasswordResetRow


class SqlPasswordResets:
    def __init__(self, session: Session) -> None:
        self._session = session

    def issue(self, user_id: str, token_hash: str, expires_at: datetime) -> None:
        self._session.execute(delete(PasswordResetRow).where(col(PasswordResetRow.user_id) == user_id,
                                                             col(PasswordResetRow.used_at).is_(None)))
        self._session.add(PasswordResetRow(token_hash=token_hash, user_id=user_id, expires_at=to_db_time(expires_at)))
        self._session.flush()

    def find(self, token_hash: str) -> PendingReset | None:
        row = self._session.get(PasswordResetRow, token_hash)
        if row is None:
            return None
        return PendingReset(user_id=row.user_id, expires_at=from_db_time(row.expires_at),
                            used_at=from_db_time(row.used_at) if row.used_at else None)

    def exchange(self, token_hash: str, fresh_hash: str, expires_at: datetime, at: datetime) -> bool:
        return self._still_working(token_hash, at, {"token_hash": fresh_hash, "expires_at": to_db_time(expires_at)})

    def use(self, token_hash: str, at: datetime) -> bool:
        return self._still_working(token_hash, at, {"used_at": to_db_time(at)})

    def _still_working(self, token_hash: str, at: datetime, changes: dict[str, object]) -> bool:
        """One conditional update: of two at the same moment, the second finds the link changed and changes nothing."""
        R = PasswordResetRow
        statement = update(R).where(col(R.token_hash) == token_hash, col(R.used_at).is_(None),
                                    col(R.expires_at) > to_db_time(at)).values(changes)
        # The rows `find` loaded are not this transaction's concern any more: no need to sync them.
        result = self._session.execute(statement.execution_options(synchronize_session=False))
        assert isinstance(result, CursorResult)
        return result.rowcount == 1
