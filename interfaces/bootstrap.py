"""The composition root: real adapters by default, fakes when tests pass them in."""

from dataclasses import dataclass

from sqlalchemy import Engine

from application.accept_terms import AcceptTerms, TermsAccepted
from application.authenticate import Authenticate, Logout
from application.apply_retention import ApplyRetention
from application.authenticate_api_token import AuthenticateApiToken
from application.create_api_token import CreateApiToken
from application.export_deaths import ExportDeaths
from application.list_api_tokens import ListApiTokens
from application.list_decisions import ListDecisions
from application.list_pending_deaths import ListPendingDeaths
from application.ports.decision_reads import DecisionReads
from application.read_death_batch import ReadDeathBatch
from application.read_request import ReadRequest
from application.revoke_api_token import RevokeApiToken
from application.create_user import CreateUser
from application.import_beneficiaries import ImportBeneficiaries
from application.import_offices import ImportOffices
from application.browse_audit import BrowseAudit
from application.list_accounts import ListAccounts
from application.list_referentials import ListReferentials
from application.list_imports import ListImports
from application.import_maisons import ImportMaisons
from application.letters.decompte import CreanceLetters
from application.letters.deliver import DeliverOutbox
from application.check_extracts import CheckExtracts
from application.letters.show_outbox import ShowOutbox
from application.letters.enqueue import AnswerLetters
from application.letters.get_letter import GetLetter
from application.lock_notices import LockNotices
from application.login import Login, LoginPolicy
from application.match_list import MatchList
from application.office_history import OfficeHistory
from application.ports.clock import Clock
from application.ports.letters import LetterRenderer
from application.ports.mailer import Mailer
from application.ports.matcher import Matcher
from application.ports.passwords import PasswordHasher
from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from application.record_export import RecordExport
from application.reset_password import ResetPassword
from application.save_aid_type import SaveAidType
from application.save_maison import SaveMaison
from application.search_deceased import SearchDeceased
from application.send_password_link import SendPasswordLink
from application.set_user_active import SetUserActive
from application.show_import import ShowImport
from application.statistics import ComputeStatistics
from application.update_office import UpdateOffice
from application.throttle import Throttle
from domain.matching.policy import ThresholdPolicy
from infrastructure.clock import SystemClock
from infrastructure.letters.profiles import FolderProfiles
from infrastructure.letters.renderer import WeasyPrintRenderer
from infrastructure.mail.smtp import SmtpMailer, SmtpServer
from infrastructure.passwords import Argon2PasswordHasher
from infrastructure.persistence.database import exclusive_on, open_database, ready
from infrastructure.persistence.audit_queries import SqlAuditQueries
from infrastructure.persistence.decision_reads import SqlDecisionReads
from infrastructure.persistence.retention import SqlRetentionStore
from infrastructure.persistence.statistics import SqlStatisticsQueries
from infrastructure.persistence.unit_of_work import SqlUnitOfWork
from infrastructure.rate_limiter import InMemoryRateLimiter
from infrastructure.settings import Settings


@dataclass(frozen=True, slots=True, kw_only=True)
class Services:
    settings: Settings
    engine: Engine
    uow: UnitOfWorkFactory
    clock: Clock
    hasher: PasswordHasher
    matcher: Matcher
    search: SearchDeceased
    login: Login
    authenticate: Authenticate
    logout: Logout
    create_user: CreateUser
    import_beneficiaries: ImportBeneficiaries
    import_offices: ImportOffices
    statistics: ComputeStatistics
    record_export: RecordExport
    throttle: Throttle
    list_imports: ListImports
    show_import: ShowImport
    send_password_link: SendPasswordLink
    reset_password: ResetPassword
    set_user_active: SetUserActive
    list_accounts: ListAccounts
    list_referentials: ListReferentials
    browse_audit: BrowseAudit
    update_office: UpdateOffice
    save_aid_type: SaveAidType
    save_maison: SaveMaison
    accept_terms: AcceptTerms
    terms_accepted: TermsAccepted
    office_history: OfficeHistory
    letters: AnswerLetters  # enqueue_correction(uow, decision) for the back-office
    decompte_letters: CreanceLetters  # enqueue_decompte(uow, creance, …) when an agent notifies a case
    profiles: FolderProfiles  # each collectivité's letterhead and payment account (NOTAIRES_CONFIG_DIR)
    deliver_outbox: DeliverOutbox
    show_outbox: ShowOutbox
    check_extracts: CheckExtracts
    get_letter: GetLetter
    import_maisons: ImportMaisons
    decision_reads: DecisionReads
    list_decisions: ListDecisions
    read_request: ReadRequest
    create_api_token: CreateApiToken
    revoke_api_token: RevokeApiToken
    list_api_tokens: ListApiTokens
    authenticate_api_token: AuthenticateApiToken
    apply_retention: ApplyRetention
    list_pending_deaths: ListPendingDeaths
    export_deaths: ExportDeaths
    read_death_batch: ReadDeathBatch

    def match_list(self) -> MatchList:
        return MatchList(self.uow, self.matcher, self.clock.now().date())


def shortlisting(matcher: Matcher) -> ThresholdPolicy | None:
    """The policy a store may shortlist candidates for (`domain/matching/shortlist.py`): only `ThresholdPolicy`'s own
    rules tell whom it ignores, so another matcher gets every candidate."""
    return matcher if isinstance(matcher, ThresholdPolicy) else None


def bootstrap(
    settings: Settings,
    *,
    engine: Engine | None = None,
    clock: Clock | None = None,
    hasher: PasswordHasher | None = None,
    matcher: Matcher | None = None,
    mailer: Mailer | None = None,
    renderer: LetterRenderer | None = None,
) -> Services:
    if engine is None:
        engine = open_database(settings.database_url)
    else:
        ready(engine)
    clock = clock or SystemClock()
    hasher = hasher or Argon2PasswordHasher()
    matcher = matcher or settings.matching
    profiles = FolderProfiles(settings.config_dir, demo=settings.dev)
    renderer = renderer or WeasyPrintRenderer(profiles)
    letters = AnswerLetters(renderer, profiles, clock)
    mailer = mailer or SmtpMailer(SmtpServer.from_url(settings.smtp_url))

    def uow() -> UnitOfWork:
        return SqlUnitOfWork(engine, shortlisting(matcher))

    _register_collectivites(uow, settings)
    return Services(
        settings=settings, engine=engine, uow=uow, clock=clock, hasher=hasher, matcher=matcher,
        search=SearchDeceased(uow, matcher, clock, letters),
        login=Login(uow, hasher, clock, settings.session_ttl,
                    LoginPolicy(max_failures=settings.login_max_failures, lock=settings.login_lock),
                    LockNotices(mailer, settings.mail_sender)),
        authenticate=Authenticate(uow, clock),
        logout=Logout(uow),
        create_user=CreateUser(uow, hasher, clock),
        import_beneficiaries=ImportBeneficiaries(uow, clock, exclusive_on(engine)),
        import_offices=ImportOffices(uow, clock, exclusive_on(engine)),
        statistics=ComputeStatistics(SqlStatisticsQueries(engine)),
        record_export=RecordExport(uow, clock),
        throttle=Throttle(InMemoryRateLimiter(clock), settings.search_rate_limit),
        list_imports=ListImports(uow),
        show_import=ShowImport(uow),
        send_password_link=SendPasswordLink(uow, mailer, clock, settings.mail_sender),
        reset_password=ResetPassword(uow, hasher, clock),
        set_user_active=SetUserActive(uow, clock),
        list_accounts=ListAccounts(uow),
        list_referentials=ListReferentials(uow),
        browse_audit=BrowseAudit(uow, SqlAuditQueries(engine), reads := SqlDecisionReads(engine)),
        update_office=UpdateOffice(uow, clock),
        save_aid_type=SaveAidType(uow, clock),
        save_maison=SaveMaison(uow, clock),
        accept_terms=AcceptTerms(uow, clock, settings.terms_version),
        terms_accepted=TermsAccepted(uow, settings.terms_version),
        office_history=OfficeHistory(uow),
        letters=letters,
        decompte_letters=CreanceLetters(renderer, profiles, clock),
        profiles=profiles,
        deliver_outbox=DeliverOutbox(uow, mailer, clock),
        show_outbox=ShowOutbox(uow),
        check_extracts=CheckExtracts(uow, clock, settings.extract_max_age),
        get_letter=GetLetter(uow),
        import_maisons=ImportMaisons(uow, clock, exclusive_on(engine)),
        decision_reads=reads,
        list_decisions=ListDecisions(reads, uow, clock),
        read_request=ReadRequest(reads, uow, clock),
        create_api_token=CreateApiToken(uow, clock),
        revoke_api_token=RevokeApiToken(uow, clock),
        list_api_tokens=ListApiTokens(uow),
        authenticate_api_token=AuthenticateApiToken(uow, clock),
        apply_retention=ApplyRetention(SqlRetentionStore(engine), uow, clock, settings.retention),
        list_pending_deaths=ListPendingDeaths(uow),
        export_deaths=ExportDeaths(uow, clock, exclusive_on(engine)),
        read_death_batch=ReadDeathBatch(uow, clock),
    )


def _register_collectivites(uow: UnitOfWorkFactory, settings: Settings) -> None:
    for collectivite in settings.collectivites:
        with uow() as unit:  # one each: another process starting at once may register one meanwhile
            if unit.collectivites.get(collectivite.code) is None:
                unit.collectivites.add(collectivite)
            unit.commit()
