"""The e-mails' subjects and bodies. The office's copy never names a candidate; the internal notice may
name the collectivité's own file numbers, which its agents need."""

from domain.decision import Decision
from domain.decompte import Decompte
from domain.letters import CollectiviteProfile, LetterContent, LetterKind
from domain.office import NotarialOffice
from domain.recovery import RecourseType, euros
from domain.search import SearchRequest
from application.letters.wording import (
    OUTCOME_LABELS,
    RECOURSE_WORDING,
    identity_line,
    local_date,
    long_date,
    short_date,
)
from application.ports.unit_of_work import UnitOfWork

Mail = tuple[str, str, bool]  # subject, body, attach the letter


class NoticeWriter:
    def __init__(self, uow: UnitOfWork, profile: CollectiviteProfile, office: NotarialOffice,
                 request: SearchRequest, decision: Decision, content: LetterContent) -> None:
        self._uow, self._profile, self._office = uow, profile, office
        self._request, self._decision, self._content = request, decision, content

    def _files(self) -> list[str]:
        """The files named (one person entered several times in IODAS may have several), or those a doubt is about
        (every candidate of a doubt recorded before they were marked), not the weaker candidates that only explain
        it."""
        if self._decision.iodas_ids:
            return list(self._decision.iodas_ids)
        candidates = self._decision.evidence.candidates
        return [c.iodas_id for c in candidates if c.in_doubt] or [c.iodas_id for c in candidates]

    def _maisons_by_file(self) -> list[tuple[str, str | None]]:
        """Each file with the code of the maison du département that handles it, as the directory holds it."""
        people = ((f, self._uow.beneficiaries.get(self._decision.collectivite, f)) for f in self._files())
        return [(f, p.maison_code if p and p.maison_code else None) for f, p in people]

    def _maison_codes(self) -> list[str]:
        return list(dict.fromkeys(code for _, code in self._maisons_by_file() if code))

    def maison_emails(self) -> list[str]:
        maisons = (self._uow.maisons.get(self._decision.collectivite, code) for code in self._maison_codes())
        return [m.email for m in maisons if m]

    def letter(self) -> Mail:
        corrected = self._content.kind is LetterKind.CORRECTION
        what = "Réponse rectificative" if corrected else "Réponse"
        subject = f"{what} {self._profile.of_name} — réf. {self._request.reference}"
        body = (
            "Maître,\n\n"
            f"Veuillez trouver ci-joint {'la réponse rectificative' if corrected else 'la réponse officielle'} "
            f"{self._profile.of_name} à votre demande du {long_date(self._content.previous_date or self._content.dated)} "
            f"(réf. {self._request.reference}) concernant la succession de "
            f"{identity_line(self._request.identity)}.\n\n"
            "Cette réponse repose sur l'identité saisie par votre étude.\n\n"
            f"{self._profile.service_name}\n{self._profile.name}\n"
            "Ce message est envoyé automatiquement ; merci de ne pas y répondre.\n"
        )
        return subject, body, True

    def _about(self) -> str:
        return (f"Étude : {self._office.name} (CRPCEN {self._office.crpcen}, {self._office.email})\n"
                f"Demande du {short_date(self._content.dated)}, réf. {self._request.reference}\n"
                f"Défunt(e), tel que saisi : {identity_line(self._request.identity)}\n")

    def notice(self) -> Mail:
        what = "Réponse rectificative" if self._content.kind is LetterKind.CORRECTION else "Réponse"
        subject = f"[Notaires] {what} réf. {self._request.reference} : {OUTCOME_LABELS[self._decision.outcome]}"
        body = (
            "Bonjour,\n\n"
            f"Une étude notariale a interrogé {self._profile.the_name} au sujet d'une succession.\n\n"
            f"{self._about()}"
            f"Réponse donnée : {OUTCOME_LABELS[self._decision.outcome]}\n"
            f"{self._closing()}"
            f"{self._files_text()}\n"
            "Le courrier adressé à l'étude est joint. Document interne : ne pas transmettre.\n"
        )
        return subject, body, True

    def _files_text(self) -> str:
        """Each file beside the maison that handles it; the files of one person entered several times are said to be
        hers, so that their maisons merge them in IODAS."""
        files = [f"dossier IODAS {f} : maison du département {code or 'non renseignée'}\n"
                 for f, code in self._maisons_by_file()]
        if len(self._decision.iodas_ids) > 1:
            return (f"Même personne enregistrée {len(files)} fois dans IODAS : ces dossiers sont tous les siens, à "
                    "rapprocher dans IODAS par les maisons du département qui les suivent.\n"
                    + "".join(f"- {line}" for line in files))
        if len(files) > 1:
            return "Dossiers IODAS examinés :\n" + "".join(f"- {line}" for line in files)
        return f"D{files[0][1:]}" if files else "Dossier IODAS : aucun\n"

    def _closing(self) -> str:
        """A doubt settled as none of its candidates: the files it named are not this person's."""
        if self._content.kind is not LetterKind.CORRECTION or self._decision.iodas_id:
            return ""
        return ("Le doute est levé : la personne décédée ne correspond à aucun des dossiers ci-dessous. "
                "Aucune suite n'est à donner pour eux.\n")

    def search_notice(self) -> Mail:
        subject = f"[Notaires] Recherche réf. {self._request.reference} : {OUTCOME_LABELS[self._decision.outcome]}"
        body = f"Bonjour,\n\nUne recherche a été faite.\n\n{self._about()}" \
               f"Réponse donnée : {OUTCOME_LABELS[self._decision.outcome]}\n"
        return subject, body, False


def decompte_mail(profile: CollectiviteProfile, request: SearchRequest, decompte: Decompte) -> Mail:
    """The office's e-mail that carries the décompte: the amount and the payment reference, the rest in the letter."""
    subject = f"Décompte de créance {profile.of_name} — réf. {request.reference}"
    claim = ("sur la succession" if decompte.recourse is RecourseType.ESTATE
             else f"exercée {RECOURSE_WORDING[decompte.recourse]} dans le cadre de la succession")
    body = (
        "Maître,\n\n"
        f"Veuillez trouver ci-joint le décompte de la créance d'aide sociale {profile.of_name} {claim} "
        f"de {identity_line(request.identity)}, objet de votre demande du {long_date(local_date(request.at))} "
        f"(réf. {request.reference}).\n\n"
        f"Montant réclamé : {euros(decompte.amount_claimed)}\n"
        f"Référence à rappeler lors du paiement : {decompte.payment_reference}\n\n"
        f"Pour toute question sur ce décompte : {profile.service_name}, {profile.service_email}.\n\n"
        f"{profile.service_name}\n{profile.name}\n"
        "Ce message est envoyé automatiquement ; merci de ne pas y répondre.\n"
    )
    return subject, body, True
