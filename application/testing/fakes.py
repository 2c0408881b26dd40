"""In-memory adapters of the ports, for fast unit tests. Tested against the SQL ones."""

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Self

from application.importing import ImportRun
from application.ports.audit_queries import AuditFilter
from application.ports.beneficiary_directory import UpsertCounts
from application.ports.password_resets import PendingReset
from application.testing.creances import FakeCreances, FakeRecoveryRuleBook
from application.testing.death_reports import FakeDeathReports
from application.testing.doubts import FakeDoubtQueue
from application.testing.letters import FakeDecompteArchive, FakeLetterArchive, FakeMaisons, FakeOutbox
from domain.api_token import ApiToken
from domain.audit import AuditEntry
from domain.aid import AidReferential, AidType, default_aid_referential
from domain.beneficiary import Beneficiary
from domain.collectivite import Collectivite
from domain.decision import Decision
from domain.identity import DeceasedIdentity
from domain.login import COUNTED_FAILURES, PENDING, LoginAttempt
from domain.matching.blocking import blocking_keys, is_candidate, record_given, record_sounds
from domain.matching.name_facts import NameFacts
from domain.office import NotarialOffice
from domain.search import SearchRequest
from domain.terms import TermsAcceptance
from domain.user import User


class FakeClock:
    def __init__(self, now: datetime = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta


class FakePasswordHasher:
    """Reversible on purpose: unit tests need speed, not secrecy."""

    version = "v1"

    def hash(self, password: str) -> str:
        return f"fake-{self.version}${password}"

    def verify(self, password_hash: str, password: str) -> bool:
        return password_hash.split("$", 1)[-1] == password

    def needs_rehash(self, password_hash: str) -> bool:
        return not password_hash.startswith(f"fake-{self.version}$")


class FakeBeneficiaryDirectory:
    def __init__(self) -> None:
        self.people: dict[tuple[str, str], Beneficiary] = {}

    def find_candidates(self, collectivite: str, identity: DeceasedIdentity) -> Sequence[Beneficiary]:
        keys = blocking_keys(identity.last_name, identity.birth_name, identity.birth_date,
                             first_names=identity.first_names,
                             bearers=self.name_facts(collectivite).first_name_bearers())
        return [b for (c, _), b in self.people.items()
                if c == collectivite and is_candidate(keys, record_sounds(b.usage_name, b.birth_name),
                                                      record_given(" ".join(b.first_names)), b.birth_date)]

    def name_facts(self, collectivite: str) -> NameFacts:
        return NameFacts.of(b for (c, _), b in self.people.items() if c == collectivite)

    def get(self, collectivite: str, iodas_id: str) -> Beneficiary | None:
        return self.people.get((collectivite, iodas_id))

    def upsert(self, collectivite: str, beneficiaries: Sequence[Beneficiary]) -> UpsertCounts:
        created = updated = unchanged = aids_added = 0
        for b in beneficiaries:
            known = self.people.get((collectivite, b.iodas_id))
            old_aids = {(a.code, a.start): a for a in known.aids} if known else {}
            new_aids = [a for a in b.aids if (a.code, a.start) not in old_aids]
            merged = {**old_aids, **{(a.code, a.start): a for a in b.aids}}
            aids = tuple(sorted(merged.values(), key=lambda a: a.start))
            if known is None:
                created += 1
            elif replace(known, aids=()) != replace(b, aids=()):
                updated += 1
            else:
                unchanged += 1
            aids_added += len(new_aids)
            self.people[(collectivite, b.iodas_id)] = replace(b, collectivite=collectivite, aids=aids)
        return UpsertCounts(created=created, updated=updated, unchanged=unchanged, aids_added=aids_added)


class FakeCollectivites:
    def __init__(self) -> None:
        self.items: dict[str, Collectivite] = {}
        self.referentials: dict[str, AidReferential] = {}

    def all(self) -> Sequence[Collectivite]:
        return [self.items[k] for k in sorted(self.items)]

    def get(self, code: str) -> Collectivite | None:
        return self.items.get(code)

    def add(self, collectivite: Collectivite) -> None:
        if collectivite.code in self.items:
            return  # as the SQL store: one registered meanwhile by another process is left as it is
        self.items[collectivite.code] = collectivite
        self.referentials[collectivite.code] = default_aid_referential()

    def aid_referential(self, code: str) -> AidReferential:
        return self.referentials.get(code, AidReferential())

    def save_aid_type(self, code: str, aid_type: AidType) -> None:
        known = self.referentials.get(code, AidReferential())
        self.referentials[code] = AidReferential({**known.types, aid_type.code: aid_type})


class FakeOffices:
    def __init__(self) -> None:
        self.items: dict[str, NotarialOffice] = {}

    def get(self, crpcen: str) -> NotarialOffice | None:
        return self.items.get(crpcen)

    def all(self) -> Sequence[NotarialOffice]:
        return [self.items[k] for k in sorted(self.items)]

    def save(self, office: NotarialOffice) -> None:
        self.items[office.crpcen] = office


class FakeUsers:
    def __init__(self) -> None:
        self.items: dict[str, User] = {}

    def get(self, user_id: str) -> User | None:
        return self.items.get(user_id)

    def by_email(self, email: str) -> User | None:
        return next((u for u in self.items.values() if u.email == email), None)

    def add(self, user: User) -> None:
        self.items[user.id] = user

    def update_password_hash(self, user_id: str, password_hash: str) -> None:
        self.items[user_id] = replace(self.items[user_id], password_hash=password_hash)

    def all(self) -> Sequence[User]:
        return sorted(self.items.values(), key=lambda u: (u.role.value, u.email))

    def set_active(self, user_id: str, active: bool) -> None:
        if user_id in self.items:
            self.items[user_id] = replace(self.items[user_id], active=active)


class FakeRequestLog:
    def __init__(self) -> None:
        self.requests: dict[str, SearchRequest] = {}
        self.decisions: list[Decision] = []
        self.counters: dict[int, int] = {}

    def add(self, request: SearchRequest, decisions: Sequence[Decision]) -> None:
        self.requests[request.id] = request
        self.decisions.extend(decisions)

    def get(self, request_id: str) -> SearchRequest | None:
        return self.requests.get(request_id)

    def decisions_for(self, request_id: str) -> Sequence[Decision]:
        return sorted((d for d in self.decisions if d.request_id == request_id), key=lambda d: d.decided_at)

    def next_reference(self, year: int) -> str:
        self.counters[year] = self.counters.get(year, 0) + 1
        return f"{year}-{self.counters[year]:06d}"


class FakeLoginLog:
    """One thread: nothing to hold others back."""

    def __init__(self) -> None:
        self.attempts: list[LoginAttempt] = []
        self.noticed: dict[str, datetime] = {}

    def hold(self, email: str) -> datetime | None:
        return self.noticed.get(email)

    def record(self, attempt: LoginAttempt) -> int:
        self.attempts.append(attempt)
        return len(self.attempts) - 1

    def settle(self, number: int, *, success: bool, reason: str | None) -> None:
        self.attempts[number] = replace(self.attempts[number], success=success, reason=reason)

    def lock_noticed(self, email: str, until: datetime) -> None:
        self.noticed[email] = until

    def recent_failures(self, email: str, since: datetime) -> Sequence[LoginAttempt]:
        failures: list[LoginAttempt] = []
        for a in sorted((a for a in self.attempts if a.email == email and a.at >= since), key=lambda a: a.at):
            if a.success:
                failures.clear()
            elif a.reason in COUNTED_FAILURES or a.reason == PENDING:
                failures.append(a)
        return failures


class FakeSessions:
    def __init__(self) -> None:
        self.items: dict[str, tuple[str, datetime]] = {}

    def open(self, user_id: str, token_hash: str, expires_at: datetime) -> None:
        self.items[token_hash] = (user_id, expires_at)

    def user_for(self, token_hash: str, now: datetime) -> str | None:
        found = self.items.get(token_hash)
        return found[0] if found and found[1] > now else None

    def close(self, token_hash: str) -> None:
        self.items.pop(token_hash, None)

    def close_all(self, user_id: str) -> None:
        self.items = {k: v for k, v in self.items.items() if v[0] != user_id}


class FakeAuditLog:
    def __init__(self) -> None:
        self.entries: list[AuditEntry] = []

    def record(self, entry: AuditEntry) -> None:
        self.entries.append(entry)

    def recent(self, limit: int, offset: int = 0, action_prefix: str | None = None) -> Sequence[AuditEntry]:
        found = [e for e in reversed(self.entries) if not action_prefix or e.action.startswith(action_prefix)]
        return found[offset:offset + limit]


class FakeAuditQueries:
    """Reads the fake audit log, as the SQL queries read the table the log writes."""

    def __init__(self, log: FakeAuditLog) -> None:
        self._log = log

    def search(self, where: AuditFilter, limit: int, offset: int = 0) -> Sequence[AuditEntry]:
        found = sorted((e for e in reversed(self._log.entries) if _kept(e, where)), key=lambda e: e.at, reverse=True)
        return found[offset:offset + limit]

    def actions(self) -> Sequence[str]:
        return sorted({e.action for e in self._log.entries})


def _kept(entry: AuditEntry, where: AuditFilter) -> bool:
    day = entry.at.astimezone(UTC).date()
    within = where.collectivites is None or entry.collectivite in where.collectivites or (
        entry.collectivite is None and bool({entry.actor_id, entry.target} & set(where.about)))
    return (within and (where.start is None or day >= where.start) and (where.end is None or day <= where.end)
            and (not where.action_prefix or entry.action.startswith(where.action_prefix))
            and (not where.actor_id or entry.actor_id == where.actor_id))


class FakeImportHistory:
    def __init__(self) -> None:
        self.runs: list[ImportRun] = []

    def record(self, run: ImportRun) -> None:
        self.runs.append(run)

    def recent(self, collectivites: Sequence[str], limit: int = 50) -> Sequence[ImportRun]:
        found = sorted((r for r in self.runs if r.collectivite in collectivites), key=lambda r: r.at, reverse=True)
        return [replace(r, report=replace(r.report, rejected=())) for r in found[:limit]]

    def get(self, run_id: str) -> ImportRun | None:
        run = next((r for r in self.runs if r.id == run_id), None)
        if run is None:
            return None
        return replace(run, report=replace(run.report, rejected=tuple(sorted(run.report.rejected, key=lambda x: x.line))))

    def last_loaded(self, collectivite: str) -> datetime | None:
        return max((r.at for r in self.runs if r.collectivite == collectivite
                    and r.report.created + r.report.updated + r.report.unchanged), default=None)


class FakeRequestHistory:
    """Reads the fake request log, as the SQL history reads the same table as the log."""

    def __init__(self, log: FakeRequestLog) -> None:
        self._log = log

    def for_office(self, crpcen: str, limit: int, offset: int, search: str = "") -> Sequence[SearchRequest]:
        term = search.strip().casefold()
        own = sorted((r for r in self._log.requests.values() if r.crpcen == crpcen and (not term or any(
                          term in (text or "").casefold()
                          for text in (r.reference, r.identity.last_name, r.identity.birth_name)))),
                     key=lambda r: (r.at, r.reference), reverse=True)
        return own[offset:offset + limit]


class FakeTermsLog:
    def __init__(self) -> None:
        self.items: dict[tuple[str, str], TermsAcceptance] = {}

    def accepted(self, user_id: str, version: str) -> TermsAcceptance | None:
        return self.items.get((user_id, version))

    def record(self, acceptance: TermsAcceptance) -> None:
        self.items[(acceptance.user_id, acceptance.version)] = acceptance


class FakePasswordResets:
    def __init__(self) -> None:
        self.items: dict[str, PendingReset] = {}

    def issue(self, user_id: str, token_hash: str, expires_at: datetime) -> None:
        self.items = {k: r for k, r in self.items.items() if r.user_id != user_id or r.used_at is not None}
        self.items[token_hash] = PendingReset(user_id=user_id, expires_at=expires_at)

    def find(self, token_hash: str) -> PendingReset | None:
        return self.items.get(token_hash)

    def exchange(self, token_hash: str, fresh_hash: str, expires_at: datetime, at: datetime) -> bool:
        if not self._works(token_hash, at):
            return False
        self.items[fresh_hash] = replace(self.items.pop(token_hash), expires_at=expires_at)
        return True

    def use(self, token_hash: str, at: datetime) -> bool:
        if not self._works(token_hash, at):
            return False
        self.items[token_hash] = replace(self.items[token_hash], used_at=at)
        return True

    def _works(self, token_hash: str, at: datetime) -> bool:
        found = self.items.get(token_hash)
        return found is not None and found.used_at is None and found.expires_at > at


class FakeApiTokens:
    def __init__(self) -> None:
        self.items: dict[str, tuple[ApiToken, str]] = {}

    def add(self, token: ApiToken, secret_hash: str) -> None:
        self.items[token.id] = (token, secret_hash)

    def by_secret_hash(self, secret_hash: str) -> ApiToken | None:
        return next((t for t, h in self.items.values() if h == secret_hash), None)

    def get(self, token_id: str) -> ApiToken | None:
        found = self.items.get(token_id)
        return found[0] if found else None

    def all(self) -> Sequence[ApiToken]:
        return sorted((t for t, _ in self.items.values()), key=lambda t: (-t.created_at.timestamp(), t.id))

    def revoke(self, token_id: str, at: datetime) -> None:
        token, secret_hash = self.items[token_id]
        if token.revoked_at is None:
            self.items[token_id] = (replace(token, revoked_at=at), secret_hash)


@dataclass
class FakeUnitOfWork:
    """Shares its stores across transactions; rollback is not simulated, commits are counted."""

    beneficiaries: FakeBeneficiaryDirectory = field(default_factory=FakeBeneficiaryDirectory)
    collectivites: FakeCollectivites = field(default_factory=FakeCollectivites)
    offices: FakeOffices = field(default_factory=FakeOffices)
    users: FakeUsers = field(default_factory=FakeUsers)
    requests: FakeRequestLog = field(default_factory=FakeRequestLog)
    logins: FakeLoginLog = field(default_factory=FakeLoginLog)
    sessions: FakeSessions = field(default_factory=FakeSessions)
    audit: FakeAuditLog = field(default_factory=FakeAuditLog)
    imports: FakeImportHistory = field(default_factory=FakeImportHistory)
    password_resets: FakePasswordResets = field(default_factory=FakePasswordResets)
    terms: FakeTermsLog = field(default_factory=FakeTermsLog)
    outbox: FakeOutbox = field(default_factory=FakeOutbox)
    letters: FakeLetterArchive = field(default_factory=FakeLetterArchive)
    decomptes: FakeDecompteArchive = field(default_factory=FakeDecompteArchive)
    maisons: FakeMaisons = field(default_factory=FakeMaisons)
    api_tokens: FakeApiTokens = field(default_factory=FakeApiTokens)
    commits: int = 0
    # These read the request log (and the referential, the directory), so they are built from it.
    doubts: FakeDoubtQueue = field(init=False)
    creances: FakeCreances = field(init=False)
    recovery_rules: FakeRecoveryRuleBook = field(init=False)
    deaths: FakeDeathReports = field(init=False)

    def __post_init__(self) -> None:
        self.doubts = FakeDoubtQueue(self.requests)
        self.creances = FakeCreances(self.requests)
        self.recovery_rules = FakeRecoveryRuleBook(self.collectivites)
        self.deaths = FakeDeathReports(self.requests, self.beneficiaries)

    @property
    def history(self) -> FakeRequestHistory:
        return FakeRequestHistory(self.requests)

    def __call__(self) -> Self:
        return self

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None

    def commit(self) -> None:
        self.commits += 1

    def rollback(self) -> None:
        return None
