"""Table models. They stay here: the domain never sees them."""

from datetime import date, datetime

from sqlalchemy import BigInteger, Index, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


class CollectiviteRow(SQLModel, table=True):
    __tablename__ = "collectivite"
    code: str = Field(primary_key=True, max_length=16)
    name: str
    kind: str = "departement"


class AidTypeRow(SQLModel, table=True):
    __tablename__ = "aid_type"
    collectivite: str = Field(primary_key=True, foreign_key="collectivite.code", max_length=16)
    code: str = Field(primary_key=True, max_length=32)
    label: str
    category: str


class BeneficiaryRow(SQLModel, table=True):
    __tablename__ = "beneficiary"
    __table_args__ = (
        UniqueConstraint("collectivite", "iodas_id"),
        Index("ix_beneficiary_birth_date", "collectivite", "birth_date"),
        Index("ix_beneficiary_usage_key", "collectivite", "usage_key", "birth_year"),
        Index("ix_beneficiary_birth_key", "collectivite", "birth_key", "birth_year"),
        Index("ix_beneficiary_usage_key_md", "collectivite", "usage_key", "birth_md"),
        Index("ix_beneficiary_birth_key_md", "collectivite", "birth_key", "birth_md"),
        # Both date columns in each: the first-name blocks read them from the index alone.
        Index("ix_beneficiary_given_md", "collectivite", "given_key", "birth_md", "birth_year"),
        Index("ix_beneficiary_given_year", "collectivite", "given_key", "birth_year", "birth_md"),
    )
    id: int | None = Field(default=None, primary_key=True)
    collectivite: str = Field(foreign_key="collectivite.code", max_length=16)
    iodas_id: str = Field(max_length=32)
    sex: str | None = Field(default=None, max_length=1)
    usage_name: str
    birth_name: str | None = None
    first_names: str
    birth_date: date
    maison_code: str | None = Field(default=None, max_length=32)
    usage_key: str = Field(max_length=128)  # sound keys (domain/matching/blocking.py)
    birth_key: str = Field(max_length=128)
    birth_year: int
    birth_md: int = 0  # month * 100 + day, to find a wrong year digit
    given_key: str = Field(default="", max_length=100)  # the first recorded first name (blocking.record_given)


class AidRow(SQLModel, table=True):
    __tablename__ = "aid"
    __table_args__ = (UniqueConstraint("beneficiary_id", "code", "start"),)
    id: int | None = Field(default=None, primary_key=True)
    beneficiary_id: int = Field(foreign_key="beneficiary.id", index=True)
    code: str = Field(max_length=32)
    start: date
    end: date | None = None


class OfficeRow(SQLModel, table=True):
    __tablename__ = "office"
    crpcen: str = Field(primary_key=True, max_length=16)
    name: str
    email: str


class OfficeAgreementRow(SQLModel, table=True):
    __tablename__ = "office_agreement"
    crpcen: str = Field(primary_key=True, foreign_key="office.crpcen", max_length=16)
    collectivite: str = Field(primary_key=True, foreign_key="collectivite.code", max_length=16)


class UserRow(SQLModel, table=True):
    __tablename__ = "app_user"
    id: str = Field(primary_key=True, max_length=36)
    email: str = Field(unique=True, max_length=320)
    role: str = Field(max_length=16)
    password_hash: str
    crpcen: str | None = Field(default=None, foreign_key="office.crpcen", max_length=16)
    collectivite: str | None = Field(default=None, foreign_key="collectivite.code", max_length=16)
    active: bool = True
    created_at: datetime | None = None


class SessionRow(SQLModel, table=True):
    __tablename__ = "auth_session"
    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(foreign_key="app_user.id", index=True, max_length=36)
    expires_at: datetime


class LoginAttemptRow(SQLModel, table=True):
    __tablename__ = "login_attempt"
    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(index=True, max_length=320)
    user_id: str | None = Field(default=None, max_length=36)
    success: bool
    at: datetime = Field(index=True)
    ip: str | None = Field(default=None, max_length=64)
    reason: str | None = None


class LoginGuardRow(SQLModel, table=True):
    """One row per e-mail address tried: sign-in attempts on an address take its row in turn."""

    __tablename__ = "login_guard"
    email: str = Field(primary_key=True, max_length=320)
    lock_noticed_until: datetime | None = None  # the end of the last lock the office was told of


class SearchRequestRow(SQLModel, table=True):
    __tablename__ = "search_request"
    id: str = Field(primary_key=True, max_length=36)
    reference: str = Field(unique=True, max_length=32)
    crpcen: str = Field(foreign_key="office.crpcen", index=True, max_length=16)
    user_id: str = Field(foreign_key="app_user.id", max_length=36)
    at: datetime = Field(index=True)
    last_name: str
    birth_name: str | None = None
    first_names: str
    birth_date: date
    death_date: date
    death_place: str
    anonymised_at: datetime | None = None  # set by the retention policy: the identity above is blanked


class DecisionRow(SQLModel, table=True):
    __tablename__ = "decision"
    # A decision is superseded at most once: two agents cannot both settle the same doubt.
    __table_args__ = (Index("ux_decision_supersedes", "supersedes", unique=True),)
    id: str = Field(primary_key=True, max_length=36)
    request_id: str = Field(foreign_key="search_request.id", index=True, max_length=36)
    collectivite: str = Field(foreign_key="collectivite.code", max_length=16)
    outcome: str = Field(index=True, max_length=32)
    iodas_id: str | None = Field(default=None, max_length=32)
    evidence: str  # JSON, for agents only
    decided_at: datetime
    kind: str = Field(max_length=16)
    decided_by: str | None = Field(default=None, max_length=36)
    comment: str | None = None
    supersedes: str | None = Field(default=None, max_length=36)
    # The same person's other files, as a JSON list (the principal one is `iodas_id`); NULL for none.
    other_iodas_ids: str | None = None


class ReferenceCounterRow(SQLModel, table=True):
    __tablename__ = "reference_counter"
    year: int = Field(primary_key=True)
    last: int = 0


class AuditEntryRow(SQLModel, table=True):
    __tablename__ = "audit_entry"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)
    actor_id: str | None = Field(default=None, max_length=36, index=True)
    action: str = Field(max_length=64, index=True)
    target: str | None = Field(default=None, max_length=64)
    collectivite: str | None = Field(default=None, max_length=16)
    ip: str | None = Field(default=None, max_length=64)
    details: str = "{}"  # JSON


class CreanceRow(SQLModel, table=True):
    """Amounts are whole cents: exact on every database, and easy to sum for the statistics."""

    __tablename__ = "creance"
    id: str = Field(primary_key=True, max_length=36)
    decision_id: str = Field(foreign_key="decision.id", unique=True, max_length=36)
    request_id: str = Field(foreign_key="search_request.id", index=True, max_length=36)
    collectivite: str = Field(foreign_key="collectivite.code", index=True, max_length=16)
    iodas_id: str | None = Field(default=None, max_length=32)
    other_iodas_ids: str | None = None  # as on its decision: a JSON list, NULL for none
    recourse: str = Field(max_length=32)
    net_estate_cents: int = Field(sa_type=BigInteger)  # the estate's recourse; 0 for the others
    funeral_costs_cents: int = Field(sa_type=BigInteger)
    liberality_value_cents: int | None = Field(default=None, sa_type=BigInteger)  # the legacy's or the gift's value
    amount_claimed_cents: int = Field(sa_type=BigInteger)
    status: str = Field(index=True, max_length=32)
    opened_at: datetime = Field(index=True)
    opened_by: str = Field(foreign_key="app_user.id", max_length=36)
    notified_on: date | None = None
    amount_recovered_cents: int | None = Field(default=None, sa_type=BigInteger)  # the sum of its recoveries
    closed_on: date | None = None
    note: str | None = None


class CreanceRecoveryRow(SQLModel, table=True):
    """Each sum received from the estate, in date order (`position` from 1)."""

    __tablename__ = "creance_recovery"
    creance_id: str = Field(primary_key=True, foreign_key="creance.id", max_length=36)
    position: int = Field(primary_key=True)
    recovered_on: date
    amount_cents: int = Field(sa_type=BigInteger)


class CreanceAidRow(SQLModel, table=True):
    __tablename__ = "creance_aid"
    creance_id: str = Field(primary_key=True, foreign_key="creance.id", max_length=36)
    aid_code: str = Field(primary_key=True, max_length=32)
    amount_paid_cents: int = Field(sa_type=BigInteger)


class RecoveryPolicyRow(SQLModel, table=True):
    __tablename__ = "recovery_policy"
    collectivite: str = Field(primary_key=True, foreign_key="collectivite.code", max_length=16)
    funeral_cap_cents: int = Field(sa_type=BigInteger)


class RecoveryRuleRow(SQLModel, table=True):
    __tablename__ = "recovery_rule"
    collectivite: str = Field(primary_key=True, foreign_key="collectivite.code", max_length=16)
    aid_code: str = Field(primary_key=True, max_length=32)
    basis: str = Field(max_length=32)
    estate_threshold_cents: int = Field(default=0, sa_type=BigInteger)
    minimum_expense_cents: int = Field(default=0, sa_type=BigInteger)


class ImportRunRow(SQLModel, table=True):
    __tablename__ = "import_run"
    id: str = Field(primary_key=True, max_length=36)
    collectivite: str = Field(foreign_key="collectivite.code", index=True, max_length=16)
    source: str
    at: datetime = Field(index=True)
    actor_id: str | None = Field(default=None, max_length=36)
    rows_read: int
    created: int
    updated: int
    unchanged: int
    aids_added: int
    rejected_count: int
    unknown_maisons: str = ""  # JSON [[code, people], …] (ImportReport.unknown_maisons)


class ImportRejectionRow(SQLModel, table=True):
    __tablename__ = "import_rejection"
    id: int | None = Field(default=None, primary_key=True)
    run_id: str = Field(foreign_key="import_run.id", index=True, max_length=36)
    line: int
    reason: str


class TermsAcceptanceRow(SQLModel, table=True):
    __tablename__ = "terms_acceptance"
    user_id: str = Field(primary_key=True, foreign_key="app_user.id", max_length=36)
    version: str = Field(primary_key=True, max_length=64)
    accepted_at: datetime
    ip: str | None = Field(default=None, max_length=64)


class MaisonRow(SQLModel, table=True):
    __tablename__ = "maison"
    collectivite: str = Field(primary_key=True, foreign_key="collectivite.code", max_length=16)
    code: str = Field(primary_key=True, max_length=32)
    name: str
    email: str = Field(max_length=320)
    address: str = ""


class LetterRow(SQLModel, table=True):
    __tablename__ = "letter"
    decision_id: str = Field(primary_key=True, foreign_key="decision.id", max_length=36)
    request_id: str = Field(foreign_key="search_request.id", index=True, max_length=36)
    collectivite: str = Field(max_length=16)
    kind: str = Field(max_length=16)
    filename: str = Field(max_length=128)
    pdf: bytes = Field(sa_type=LargeBinary)
    created_at: datetime


class DecompteLetterRow(SQLModel, table=True):
    """The décompte sent when a case was notified: one per case."""

    __tablename__ = "decompte_letter"
    creance_id: str = Field(primary_key=True, foreign_key="creance.id", max_length=36)
    request_id: str = Field(foreign_key="search_request.id", index=True, max_length=36)
    collectivite: str = Field(max_length=16)
    filename: str = Field(max_length=128)
    pdf: bytes = Field(sa_type=LargeBinary)
    created_at: datetime


class OutboxMessageRow(SQLModel, table=True):
    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_message_due", "status", "next_attempt_at"),)
    id: str = Field(primary_key=True, max_length=36)
    message_id: str = Field(unique=True, max_length=255)
    kind: str = Field(max_length=16)
    request_id: str = Field(foreign_key="search_request.id", index=True, max_length=36)
    decision_id: str | None = Field(default=None, max_length=36)
    sender: str = Field(max_length=320)
    recipients: str  # JSON list
    subject: str
    body: str
    attach_letter: bool
    created_at: datetime
    status: str = Field(max_length=16)
    attempts: int = 0
    next_attempt_at: datetime
    claimed_until: datetime | None = None
    claim_token: str | None = Field(default=None, max_length=32)
    last_error: str | None = None
    sent_at: datetime | None = None
    creance_id: str | None = Field(default=None, max_length=36)  # a décompte's case


class PasswordResetRow(SQLModel, table=True):
    __tablename__ = "password_reset"
    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(foreign_key="app_user.id", index=True, max_length=36)
    expires_at: datetime
    used_at: datetime | None = None


class ApiTokenRow(SQLModel, table=True):
    __tablename__ = "api_token"
    id: str = Field(primary_key=True, max_length=36)
    name: str = Field(max_length=200)
    secret_hash: str = Field(unique=True, max_length=64)
    collectivite: str = Field(foreign_key="collectivite.code", max_length=16)
    scopes: str = Field(max_length=200)  # space-separated
    created_at: datetime
    expires_at: datetime
    created_by: str | None = Field(default=None, max_length=36)
    revoked_at: datetime | None = None


class DeathBatchRow(SQLModel, table=True):
    """One export of deaths to IODAS (`domain/death_report.py`)."""

    __tablename__ = "death_batch"
    __table_args__ = (UniqueConstraint("collectivite", "number"),)
    id: str = Field(primary_key=True, max_length=36)
    collectivite: str = Field(foreign_key="collectivite.code", index=True, max_length=16)
    number: int
    created_at: datetime = Field(index=True)
    created_by: str | None = Field(default=None, max_length=36)  # None: the nightly command
    size: int


class DeathReportRow(SQLModel, table=True):
    """A death as it was exported, kept so that a batch downloaded again is the same file; anonymised with its
    request. A person is reported once: the unique (collectivite, iodas_id) keeps a second batch from repeating them."""

    __tablename__ = "death_report"
    __table_args__ = (UniqueConstraint("collectivite", "iodas_id"),)
    batch_id: str = Field(primary_key=True, foreign_key="death_batch.id", max_length=36)
    position: int = Field(primary_key=True)
    collectivite: str = Field(max_length=16)
    iodas_id: str | None = Field(default=None, max_length=32)  # None once anonymised
    usage_name: str
    birth_name: str | None = None
    first_names: str
    birth_date: date
    death_date: date
    death_place: str
    reference: str = Field(max_length=32)
    requested_at: datetime
    crpcen: str = Field(max_length=16)
    outcome: str = Field(max_length=32)
    decision_id: str = Field(foreign_key="decision.id", max_length=36)
    request_id: str = Field(foreign_key="search_request.id", index=True, max_length=36)
