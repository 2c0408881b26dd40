"""The official letters (the answer, its correction, the décompte of a créance): who signs them, what they say,
and the archived PDF."""

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from domain.decompte import Decompte
from domain.errors import InvalidInput
from domain.identity import DeceasedIdentity
from domain.outcome import Outcome


class LetterKind(StrEnum):
    ANSWER = "answer"
    CORRECTION = "correction"
    DECOMPTE = "decompte"  # the décompte of a créance, when the case is notified


@dataclass(frozen=True, slots=True, kw_only=True)
class Signatory:
    name: str
    title: str
    delegation: str


EXAMPLE_BANK_CODE = "00000"  # no French bank bears it: config.example's demonstration account is there


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentDetails:
    """Where the notary pays a créance: the collectivité's public accountant's account, from its configuration."""

    payee: str
    iban: str
    bic: str = ""
    note: str = ""  # anything else the accountant asks, e.g. the cheques' payee

    @property
    def is_example(self) -> bool:
        """An account at the bank code no bank bears: the demonstration's, which no money can reach."""
        compact = "".join(self.iban.split()).upper()
        return compact.startswith("FR") and compact[4:9] == EXAMPLE_BANK_CODE


@dataclass(frozen=True, slots=True, kw_only=True)
class CollectiviteProfile:
    """How a collectivité signs and sends its letters; overridable from its configuration folder."""

    code: str
    name: str
    sender: str
    service_email: str
    service_name: str
    address: tuple[str, ...]
    city: str
    phone: str
    signatory: Signatory
    feminine: bool = False  # French articles: la Métropole, le Département
    notify_every_search: bool = False
    payment: PaymentDetails | None = None  # None: no décompte is sent, never one with an invented account
    wording: dict[str, str] = field(default_factory=dict)

    @property
    def the_name(self) -> str:
        """'le Département du Rhône', 'la Métropole de Lyon'."""
        return f"{'la' if self.feminine else 'le'} {self.name}"

    @property
    def of_name(self) -> str:
        """'du Département du Rhône', 'de la Métropole de Lyon'."""
        return f"{'de la' if self.feminine else 'du'} {self.name}"

    @property
    def mail_domain(self) -> str:
        return self.sender.rpartition("@")[2] or "localhost"


def payment_missing(profile: CollectiviteProfile) -> InvalidInput | None:
    """A décompte asks the notary to pay: without the collectivité's account it is not sent, rather than sent
    half-written (an official letter cannot be withdrawn). Says who must configure what."""
    if profile.payment is not None:
        return None
    return InvalidInput(
        f"Le décompte ne peut pas être envoyé : aucun compte de paiement n'est configuré pour {profile.the_name}, et "
        "le notaire ne saurait pas où régler la créance. L'administrateur technique du service doit renseigner le "
        "compte de la paierie (titulaire « payee » et « iban », que donne le service financier) dans la section "
        f"[payment] du fichier collectivite.toml de la collectivité, dossier NOTAIRES_CONFIG_DIR/{profile.code}/ "
        "(le compte d'exemple de config.example ne vaut qu'en démonstration). Le décompte pourra être envoyé dès "
        "que le compte sera renseigné.")


@dataclass(frozen=True, slots=True, kw_only=True)
class LetterContent:
    """Everything a letter shows. Only what the notary typed about the deceased, never a candidate: a décompte adds
    the aids of the person its case is about, which the notary must know to pay them."""

    kind: LetterKind
    outcome: Outcome
    reference: str
    dated: date
    identity: DeceasedIdentity
    office_name: str
    office_email: str
    profile: CollectiviteProfile
    previous_date: date | None = None  # the first answer's, for a correction; the request's, for a décompte
    data_as_of: date | None = None  # when the IODAS extract the answer was read from was loaded (Paris day)
    decompte: Decompte | None = None

    @property
    def template(self) -> str:
        if self.kind is LetterKind.DECOMPTE:
            return "decompte.html"
        return "corrected.html" if self.kind is LetterKind.CORRECTION else f"{self.outcome.value.lower()}.html"

    @property
    def filename(self) -> str:
        if self.kind is LetterKind.DECOMPTE:
            return f"decompte-{self.reference}-{self.profile.code}.pdf"
        suffix = "-rectificatif" if self.kind is LetterKind.CORRECTION else ""
        return f"reponse-{self.reference}-{self.profile.code}{suffix}.pdf"


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredLetter:
    """The PDF as sent, kept with its decision as evidence."""

    decision_id: str
    request_id: str
    collectivite: str
    kind: LetterKind
    filename: str
    pdf: bytes
    created_at: datetime
