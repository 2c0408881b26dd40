"""SQL adapters of the small ports: referential, offices, users, sessions, logins."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from domain.aid import AidCategory, AidReferential, AidType, DEFAULT_AID_TYPES
from domain.collectivite import Collectivite, CollectiviteKind
from domain.login import COUNTED_FAILURES, PENDING, LoginAttempt
from domain.office import NotarialOffice
from domain.user import User
from infrastructure.persistence import mappers
from infrastructure.persistence.tables import (
    AidTypeRow,
    CollectiviteRow,
    LoginAttemptRow,
    LoginGuardRow,
    OfficeAgreementRow,
    OfficeRow,
    SessionRow,
    UserRow,
)


class SqlCollectivites:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> Sequence[Collectivite]:
        rows = self._session.exec(select(CollectiviteRow).order_by(col(CollectiviteRow.code)))
        return [Collectivite(code=r.code, name=r.name, kind=CollectiviteKind(r.kind)) for r in rows]

    def get(self, code: str) -> Collectivite | None:
        row = self._session.get(CollectiviteRow, code)
        return Collectivite(code=row.code, name=row.name, kind=CollectiviteKind(row.kind)) if row else None

    def add(self, collectivite: Collectivite) -> None:
        """A new collectivité starts with the default aid referential. One that another process registered meanwhile
        (two commands starting at once on a new database) is left as it is: the unit of work is rolled back (no
        savepoint: see SqlDoubtQueue.settle), so a collectivité is added in a unit of its own."""
        try:
            self._session.add(CollectiviteRow(code=collectivite.code, name=collectivite.name,
                                              kind=collectivite.kind.value))
            self._session.flush()
        except IntegrityError:
            self._session.rollback()
            return
        for t in DEFAULT_AID_TYPES:
            self._session.add(AidTypeRow(collectivite=collectivite.code, code=t.code, label=t.label,
                                         category=t.category.value))

    def aid_referential(self, code: str) -> AidReferential:
        rows = self._session.exec(select(AidTypeRow).where(col(AidTypeRow.collectivite) == code))
        return AidReferential.of(AidType(code=r.code, label=r.label, category=AidCategory(r.category)) for r in rows)

    def save_aid_type(self, code: str, aid_type: AidType) -> None:
        self._session.merge(AidTypeRow(collectivite=code, code=aid_type.code, label=aid_type.label,
                                       category=aid_type.category.value))
        self._session.flush()


class SqlOffices:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _agreements(self, crpcen: str) -> frozenset[str]:
        query = select(OfficeAgreementRow.collectivite).where(col(OfficeAgreementRow.crpcen) == crpcen)
        return frozenset(self._session.exec(query))

    def get(self, crpcen: str) -> NotarialOffice | None:
        row = self._session.get(OfficeRow, crpcen)
        if row is None:
            return None
        return NotarialOffice(crpcen=row.crpcen, name=row.name, email=row.email, collectivites=self._agreements(crpcen))

    def all(self) -> Sequence[NotarialOffice]:
        rows = list(self._session.exec(select(OfficeRow).order_by(col(OfficeRow.crpcen))))
        return [NotarialOffice(crpcen=r.crpcen, name=r.name, email=r.email, collectivites=self._agreements(r.crpcen))
                for r in rows]

    def save(self, office: NotarialOffice) -> None:
        row = self._session.get(OfficeRow, office.crpcen)
        if row is None:
            self._session.add(OfficeRow(crpcen=office.crpcen, name=office.name, email=office.email))
        else:
            row.name, row.email = office.name, office.email
        self._session.flush()
        self._session.execute(delete(OfficeAgreementRow).where(col(OfficeAgreementRow.crpcen) == office.crpcen))
        for code in sorted(office.collectivites):
            self._session.add(OfficeAgreementRow(crpcen=office.crpcen, collectivite=code))
        self._session.flush()


class SqlUsers:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, user_id: str) -> User | None:
        row = self._session.get(UserRow, user_id)
        return mappers.user(row) if row else None

    def by_email(self, email: str) -> User | None:
        row = self._session.exec(select(UserRow).where(col(UserRow.email) == email)).first()
        return mappers.user(row) if row else None

    def add(self, user: User) -> None:
        self._session.add(mappers.user_row(user))
        self._session.flush()

    def update_password_hash(self, user_id: str, password_hash: str) -> None:
        row = self._session.get(UserRow, user_id)
        if row is not None:
            row.password_hash = password_hash

    def all(self) -> Sequence[User]:
        rows = self._session.exec(select(UserRow).order_by(col(UserRow.role), col(UserRow.email)))
        return [mappers.user(r) for r in rows]

    def set_active(self, user_id: str, active: bool) -> None:
        row = self._session.get(UserRow, user_id)
        if row is not None:
            row.active = active
            self._session.add(row)
            self._session.flush()


class SqlSessions:
    def __init__(self, session: Session) -> None:
        self._session = session

    def open(self, user_id: str, token_hash: str, expires_at: datetime) -> None:
        self._session.add(SessionRow(token_hash=token_hash, user_id=user_id, expires_at=mappers.to_db_time(expires_at)))

    def user_for(self, token_hash: str, now: datetime) -> str | None:
        row = self._session.get(SessionRow, token_hash)
        if row is None or mappers.from_db_time(row.expires_at) <= now:
            return None
        return row.user_id

    def close(self, token_hash: str) -> None:
        self._session.execute(delete(SessionRow).where(col(SessionRow.token_hash) == token_hash))

    def close_all(self, user_id: str) -> None:
        self._session.execute(delete(SessionRow).where(col(SessionRow.user_id) == user_id))


class SqlLoginLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def hold(self, email: str) -> datetime | None:
        # An upsert that always writes: PostgreSQL locks the address's row until the transaction ends, and SQLite,
        # whose writers take turns, gives this one its turn now, before it reads anything.
        dialect = postgresql if self._session.get_bind().dialect.name == "postgresql" else sqlite
        guard = SQLModel.metadata.tables["login_guard"]
        statement = (dialect.insert(guard).values(email=email)
                     .on_conflict_do_update(index_elements=[guard.c.email],
                                            set_={"lock_noticed_until": guard.c.lock_noticed_until})
                     .returning(guard.c.lock_noticed_until))
        noticed = self._session.execute(statement).scalar_one()
        return mappers.from_db_time(noticed) if noticed else None

    def record(self, attempt: LoginAttempt) -> int:
        row = LoginAttemptRow(email=attempt.email, user_id=attempt.user_id, success=attempt.success,
                              at=mappers.to_db_time(attempt.at), ip=attempt.ip, reason=attempt.reason)
        self._session.add(row)
        self._session.flush()
        assert row.id is not None
        return row.id

    def settle(self, number: int, *, success: bool, reason: str | None) -> None:
        self._session.execute(update(LoginAttemptRow).where(col(LoginAttemptRow.id) == number)
                              .values(success=success, reason=reason))

    def lock_noticed(self, email: str, until: datetime) -> None:
        self._session.execute(update(LoginGuardRow).where(col(LoginGuardRow.email) == email)
                              .values(lock_noticed_until=mappers.to_db_time(until)))

    def recent_failures(self, email: str, since: datetime) -> Sequence[LoginAttempt]:
        query = (select(LoginAttemptRow)
                 .where(col(LoginAttemptRow.email) == email, col(LoginAttemptRow.at) >= mappers.to_db_time(since))
                 .order_by(col(LoginAttemptRow.at), col(LoginAttemptRow.id)))
        failures: list[LoginAttempt] = []
        for row in self._session.exec(query):
            if row.success:
                failures.clear()
            elif row.reason in COUNTED_FAILURES or row.reason == PENDING:
                failures.append(LoginAttempt(email=row.email, success=False, at=mappers.from_db_time(row.at),
                                             user_id=row.user_id, ip=row.ip, reason=row.reason))
        return failures
