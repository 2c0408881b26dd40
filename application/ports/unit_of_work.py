from types import TracebackType
from collections.abc import Callable
from typing import Protocol, Self

from application.ports.api_tokens import ApiTokenRepository
from application.ports.audit_log import AuditLog
from application.ports.beneficiary_directory import BeneficiaryDirectory
from application.ports.creances import CreanceRepository, RecoveryRuleBook
from application.ports.death_reports import DeathReports
from application.ports.decomptes import DecompteArchive
from application.ports.doubts import DoubtQueue
from application.ports.import_history import ImportHistory
from application.ports.password_resets import PasswordResets
from application.ports.letters import LetterArchive
from application.ports.login_log import LoginLog
from application.ports.maisons import MaisonRepository
from application.ports.offices import OfficeRepository
from application.ports.outbox import Outbox
from application.ports.referential import CollectiviteRepository
from application.ports.request_history import RequestHistory
from application.ports.request_log import RequestLog
from application.ports.sessions import SessionStore
from application.ports.terms import TermsLog
from application.ports.users import UserRepository


class UnitOfWork(Protocol):
    """One transaction. Leaving the block without commit() rolls everything back."""

    # Read-only members, so that adapters may hold their own concrete repositories.
    @property
    def beneficiaries(self) -> BeneficiaryDirectory: ...

    @property
    def collectivites(self) -> CollectiviteRepository: ...

    @property
    def offices(self) -> OfficeRepository: ...

    @property
    def users(self) -> UserRepository: ...

    @property
    def requests(self) -> RequestLog: ...

    @property
    def logins(self) -> LoginLog: ...

    @property
    def sessions(self) -> SessionStore: ...

    @property
    def audit(self) -> AuditLog: ...

    @property
    def doubts(self) -> DoubtQueue: ...

    @property
    def creances(self) -> CreanceRepository: ...

    @property
    def recovery_rules(self) -> RecoveryRuleBook: ...

    @property
    def imports(self) -> ImportHistory: ...

    @property
    def password_resets(self) -> PasswordResets: ...

    @property
    def history(self) -> RequestHistory: ...

    @property
    def terms(self) -> TermsLog: ...

    @property
    def outbox(self) -> Outbox: ...

    @property
    def letters(self) -> LetterArchive: ...

    @property
    def decomptes(self) -> DecompteArchive: ...

    @property
    def maisons(self) -> MaisonRepository: ...

    @property
    def api_tokens(self) -> ApiTokenRepository: ...

    @property
    def deaths(self) -> DeathReports: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
