"""The SQL unit of work: one session, rolled back unless committed."""

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlmodel import Session

from domain.matching.policy import ThresholdPolicy
from infrastructure.persistence.api_tokens import SqlApiTokens
from infrastructure.persistence.audit import SqlAuditLog
from infrastructure.persistence.beneficiaries import SqlBeneficiaryDirectory
from infrastructure.persistence.creances import SqlCreances, SqlRecoveryRuleBook
from infrastructure.persistence.death_reports import SqlDeathReports
from infrastructure.persistence.doubts import SqlDoubtQueue
from infrastructure.persistence.imports import SqlImportHistory
from infrastructure.persistence.password_resets import SqlPasswordResets
from infrastructure.persistence.repositories import (
    SqlCollectivites,
    SqlLoginLog,
    SqlOffices,
    SqlSessions,
    SqlUsers,
)
from infrastructure.persistence.office_portal import SqlRequestHistory, SqlTermsLog
from infrastructure.persistence.letters import SqlDecompteArchive, SqlLetterArchive, SqlMaisons
from infrastructure.persistence.outbox import SqlOutbox
from infrastructure.persistence.requests import SqlRequestLog


class SqlUnitOfWork:
    def __init__(self, engine: Engine, policy: ThresholdPolicy | None = None) -> None:
        """`policy`: the matching policy, for the directory to shortlist candidates (None: it returns them all)."""
        self._engine, self._policy = engine, policy

    def __enter__(self) -> Self:
        self.session = Session(self._engine, expire_on_commit=False)
        self.beneficiaries = SqlBeneficiaryDirectory(self.session, self._policy)
        self.collectivites = SqlCollectivites(self.session)
        self.offices = SqlOffices(self.session)
        self.users = SqlUsers(self.session)
        self.requests = SqlRequestLog(self.session)
        self.logins = SqlLoginLog(self.session)
        self.sessions = SqlSessions(self.session)
        self.audit = SqlAuditLog(self.session)
        self.doubts = SqlDoubtQueue(self.session)
        self.creances = SqlCreances(self.session)
        self.recovery_rules = SqlRecoveryRuleBook(self.session)
        self.imports = SqlImportHistory(self.session)
        self.password_resets = SqlPasswordResets(self.session)
        self.history = SqlRequestHistory(self.session)
        self.terms = SqlTermsLog(self.session)
        self.outbox = SqlOutbox(self.session)
        self.letters = SqlLetterArchive(self.session)
        self.decomptes = SqlDecompteArchive(self.session)
        self.maisons = SqlMaisons(self.session)
        self.api_tokens = SqlApiTokens(self.session)
        self.deaths = SqlDeathReports(self.session)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()
