"""An agent notifies a case: the service sends the décompte to the notary's office, and the case is notified."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from returns.result import Failure, Result, Success

from application.letters.wording import local_date
from application.ports.clock import Clock
from application.ports.decompte_letters import DecompteLetters
from application.ports.letters import CollectiviteProfiles
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.collectivite import Collectivite
from domain.creance import Creance, CreanceNotFound, notify
from domain.decompte import StoredDecompte
from domain.errors import InvalidInput
from domain.letters import PaymentDetails, payment_missing
from domain.office import NotarialOffice
from domain.recovery import euros


@dataclass(frozen=True, slots=True, kw_only=True)
class NotifyCreanceCommand:
    creance_id: str
    agent_id: str
    collectivites: Sequence[str]
    expected_amount: Decimal | None = None  # the amount the agent confirmed: nothing is sent if it changed since
    ip: str | None = None
    preview: bool = False  # only check, and show the amount and the address, for the agent to confirm


@dataclass(frozen=True, slots=True, kw_only=True)
class DecompteSent:
    creance: Creance  # notified (or as it would be, for a preview)
    office_name: str
    recipient: str
    letter: StoredDecompte | None  # None for a preview
    payment: PaymentDetails | None = None  # the account the décompte gives, for the agent to check before sending


class NotifyCreance:
    """Business rules:
    - an agent notifies only their own collectivité's cases, still to examine, whose computation still holds;
    - a décompte asks the notary to pay: without the collectivité's payment account configured, nothing is sent;
    - the décompte goes to the office's generic address from the CRPCEN table, never to a person: without one,
      nothing is sent;
    - what is sent is the amount the agent confirmed;
    - the letter is archived and queued, the case notified (today) and the audit written in one transaction;
    - a preview checks all of it and changes nothing.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, letters: DecompteLetters,
                 profiles: CollectiviteProfiles) -> None:
        self._uow, self._clock, self._letters, self._profiles = uow, clock, letters, profiles

    def execute(self, command: NotifyCreanceCommand) -> Result[DecompteSent, CreanceNotFound | InvalidInput]:
        now = self._clock.now()
        today = local_date(now)
        with self._uow() as uow:
            creance = uow.creances.get(command.creance_id)
            request = uow.requests.get(creance.request_id) if creance else None
            if creance is None or request is None or creance.collectivite not in command.collectivites:
                return Failure(CreanceNotFound())
            notified = notify(creance, today, today, uow.recovery_rules.rules_for(creance.collectivite))
            if not isinstance(notified, Success):
                return Failure(notified.failure())
            code = creance.collectivite
            profile = self._profiles.profile(uow.collectivites.get(code) or Collectivite(code=code, name=code))
            if unpaid := payment_missing(profile):
                return Failure(unpaid)
            office = uow.offices.get(request.crpcen)
            if office is None or "@" not in office.email:
                return Failure(InvalidInput(_no_address(office, request.crpcen)))
            if command.expected_amount is not None and command.expected_amount != creance.amount_claimed:
                return Failure(InvalidInput(
                    f"Le montant de la créance a changé depuis votre vérification : il est désormais de "
                    f"{euros(creance.amount_claimed)}. Vérifiez à nouveau le décompte avant de l'envoyer."))
            sent = DecompteSent(creance=notified.unwrap(), office_name=office.name, recipient=office.email, letter=None,
                                payment=profile.payment)
            if command.preview:
                return Success(sent)
            letter = self._letters.enqueue_decompte(uow, sent.creance, request, office, today)
            if not isinstance(letter, Success):
                return Failure(letter.failure())
            uow.creances.save(sent.creance)
            uow.audit.record(AuditEntry(
                at=now, actor_id=command.agent_id, action="creance.notified", target=creance.id,
                collectivite=creance.collectivite, ip=command.ip,
                details={"on": today.isoformat(), "amount_claimed": str(creance.amount_claimed),
                         "email": office.email},
            ))
            uow.commit()
        return Success(replace(sent, letter=letter.unwrap()))


def _no_address(office: NotarialOffice | None, crpcen: str) -> str:
    who = f"L'étude {office.name} (CRPCEN {crpcen})" if office else f"L'étude CRPCEN {crpcen}"
    return (f"{who} n'a pas d'adresse électronique générique dans la table des études : le décompte ne peut pas "
            "lui être envoyé, et rien n'a été envoyé. Un administrateur doit renseigner son adresse "
            "(Administration › Études), puis vous pourrez notifier le décompte.")
