"""Reading the créance forms: the figures of a case, a step of its workflow, the décompte to send."""

from starlette.datastructures import FormData

from application.move_creance import CreanceStep, MoveCreanceCommand
from application.notify_creance import NotifyCreanceCommand
from application.prepare_creance import CreanceDraft
from domain.creance import CaseFacts, Creance
from domain.recovery import ZERO, ClaimedAid, RecourseType
from interfaces.admin import forms
from interfaces.admin.kit import Caller

CONFIRMED = "1"  # the confirmation page's hidden `confirme`: what was shown is now to be done


# The figure each recourse is capped by, as the form asks for it: (input name, input id, label).
LIBERALITY_FIELDS = {RecourseType.LEGATEE: ("valeur_legs", "valeur-legs", "Valeur des biens légués"),
                     RecourseType.DONEE: ("valeur_donation", "valeur-donation", "Valeur des biens donnés")}


def facts(form: FormData, draft: CreanceDraft) -> CaseFacts:
    """forms.FormErrors names every field to correct, by its input's id (templates/creances/new.html). Only the
    chosen recourse's figures are read: the net estate and funeral costs for the estate, the value of the legacy or
    of the gift against a legatee or a donee."""
    read = forms.Collector()
    recourse = RecourseType.ESTATE
    try:
        recourse = RecourseType(str(form.get("recours", "")))
    except ValueError:
        read.errors[f"recours-{RecourseType.ESTATE.value}"] = "Choisissez le type de recours."
    claimed = tuple(ClaimedAid(aid_code=t.code, amount_paid=read.amount(f"aide-{t.code}", form.get(f"aide_{t.code}"),
                                                                        t.label))
                    for t in draft.aid_types)
    net_estate = funeral_costs = ZERO
    liberality_value = None
    if recourse is RecourseType.ESTATE:
        net_estate = read.amount("actif-net", form.get("actif_net"), "Actif net successoral")
        funeral_costs = read.amount("frais-obseques", form.get("frais_obseques"), "Frais d'obsèques")
    elif recourse in LIBERALITY_FIELDS:
        name, field_id, label = LIBERALITY_FIELDS[recourse]
        liberality_value = read.amount(field_id, form.get(name), label)
    read.check()
    return CaseFacts(recourse=recourse, claimed=claimed, net_estate=net_estate, funeral_costs=funeral_costs,
                     liberality_value=liberality_value)


def _french(amount: object) -> str:
    return str(amount).replace(".", ",")


def figures(creance: Creance) -> dict[str, str]:
    """The case's current figures, as the form shows them."""
    paid = {f"aide_{a.aid_code}": _french(a.amount_paid) for a in creance.claimed}
    liberality = ({LIBERALITY_FIELDS[creance.recourse][0]: _french(creance.liberality_value)}
                  if creance.recourse in LIBERALITY_FIELDS and creance.liberality_value is not None else {})
    return {"recours": creance.recourse.value, "actif_net": _french(creance.net_estate),
            "frais_obseques": _french(creance.funeral_costs), **liberality, **paid}


def move(form: FormData, creance_id: str, caller: Caller) -> MoveCreanceCommand:
    """Money recorded cannot be taken back: each step is shown to the agent, who confirms it, before it is saved."""
    try:
        step = CreanceStep(str(form.get("etape", "")))
    except ValueError:
        raise forms.FormError("Action inconnue.") from None
    amount = forms.amount(form.get("montant"), "Montant recouvré") if step is CreanceStep.RECOVER else ZERO
    return MoveCreanceCommand(creance_id=creance_id, step=step, on=forms.day(form.get("date"), "Date"),
                              amount=amount, reason=str(form.get("motif", "")), agent_id=caller.user.id,
                              collectivites=caller.collectivites, ip=caller.ip,
                              preview=form.get("confirme") != CONFIRMED)


def notification(form: FormData, creance_id: str, caller: Caller) -> NotifyCreanceCommand:
    """A letter sent cannot be taken back: the amount and the address are shown first, and what was confirmed is
    what is sent."""
    confirmed = form.get("confirme") == CONFIRMED
    expected = forms.amount(form.get("montant"), "Montant vérifié") if confirmed else None
    return NotifyCreanceCommand(creance_id=creance_id, agent_id=caller.user.id, collectivites=caller.collectivites,
                                expected_amount=expected, ip=caller.ip, preview=not confirmed)
