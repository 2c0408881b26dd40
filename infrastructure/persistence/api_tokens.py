"""Integrators' API tokens in SQL."""

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from domain.api_token import ApiToken, Scope
from infrastructure.persistence.mappers import from_db_time, to_db_time
from infrastructure.persistence.tables import ApiTokenRow


def _token(row: ApiTokenRow) -> ApiToken:
    return ApiToken(id=row.id, name=row.name, collectivite=row.collectivite,
                    scopes=frozenset(Scope(s) for s in row.scopes.split()), created_at=from_db_time(row.created_at),
                    expires_at=from_db_time(row.expires_at), created_by=row.created_by,
                    revoked_at=from_db_time(row.revoked_at) if row.revoked_at else None)


class SqlApiTokens:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, token: ApiToken, secret_hash: str) -> None:
        self._session.add(ApiTokenRow(
            id=token.id, name=token.name, secret_hash=secret_hash, collectivite=token.collectivite,
            scopes=" ".join(sorted(token.scopes)), created_at=to_db_time(token.created_at),
            expires_at=to_db_time(token.expires_at), created_by=token.created_by,
        ))
        self._session.flush()

    def by_secret_hash(self, secret_hash: str) -> ApiToken | None:
        row = self._session.exec(select(ApiTokenRow).where(col(ApiTokenRow.secret_hash) == secret_hash)).first()
        return _token(row) if row else None

    def get(self, token_id: str) -> ApiToken | None:
        row = self._session.get(ApiTokenRow, token_id)
        return _token(row) if row else None

    def all(self) -> Sequence[ApiToken]:
        query = select(ApiTokenRow).order_by(col(ApiTokenRow.created_at).desc(), col(ApiTokenRow.id))
        return [_token(r) for r in self._session.exec(query)]

    def revoke(self, token_id: str, at: datetime) -> None:
        row = self._session.get(ApiTokenRow, token_id)
        if row is not None and row.revoked_at is None:
            row.revoked_at = to_db_time(at)
