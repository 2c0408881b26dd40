"""The audit log reads in French: known keys get a label, codes a word, instants a Paris date, UUIDs a short form."""

from datetime import datetime, timezone

from domain.audit import AuditEntry
from interfaces.admin.audit import who
from interfaces.admin.audit_details import details, target

AT = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
TOKEN = "0b7f1c2e-5d1a-4c8e-9f3b-2a6d8e4f1c90"


def _entry(action: str, details: dict[str, str], target: str | None = None) -> AuditEntry:
    return AuditEntry(at=AT, actor_id=None, action=action, target=target, details=details)


def test_a_token_creation_names_its_rights_and_its_end_in_french_and_in_paris_time() -> None:
    entry = _entry("api_token.created", {"name": "SI test", "scopes": "decisions:read statistics:read",
                                         "expires_at": "2027-02-28T23:00:00.000597+00:00"})
    assert details(entry) == ("Nom : SI test ; Droits : décisions (lecture), statistiques (lecture) ; "
                              "Expire le : 01/03/2027 à 00:00")


def test_a_settled_doubt_gives_the_outcome_in_words_and_a_short_decision_number() -> None:
    entry = _entry("decision.corrected", {"corrected": TOKEN, "outcome": "RECOVERABLE_AID", "iodas_id": "100006"})
    assert details(entry) == "Réponse corrigée n° : 0b7f1c2e… ; Réponse : Aide récupérable ; N° IODAS : 100006"
    assert details(entry, short=False).startswith(f"Réponse corrigée n° : {TOKEN} ;")


def test_a_doubt_settled_as_one_person_entered_several_times_names_every_file() -> None:
    entry = _entry("decision.corrected", {"corrected": TOKEN, "outcome": "RECOVERABLE_AID", "iodas_id": "100003",
                                          "other_iodas_ids": "100004, 100009", "comment": "Même personne"})
    assert details(entry) == ("Réponse corrigée n° : 0b7f1c2e… ; Réponse : Aide récupérable ; "
                              "N° IODAS : 100003 ; Autres n° IODAS de la même personne : 100004, 100009 ; "
                              "Commentaire : Même personne")


def test_a_creance_gives_its_recourse_amount_and_day_in_french() -> None:
    opened = _entry("creance.opened", {"recourse": "estate", "amount_claimed": "8500.00"})
    assert details(opened) == "Recours : Succession ; Montant réclamé : 8\u202f500,00\u00a0€"
    moved = _entry("creance.waived", {"on": "2026-11-30", "note": "Succession vacante"})
    assert details(moved) == "Le : 30/11/2026 ; Note : Succession vacante"


def test_an_account_target_is_its_address_and_another_identifier_is_shortened() -> None:
    assert target(_entry("user.created", {}, "u1"), {"u1": "agent@cd69.example"}) == "agent@cd69.example"
    assert target(_entry("api_token.revoked", {}, TOKEN), {}) == "0b7f1c2e…"
    assert target(_entry("maison.saved", {}, "MDR01"), {}) == "MDR01"


def test_a_decision_or_a_creance_is_named_by_its_request_reference_whole_in_the_csv() -> None:
    references = {TOKEN: "2026-000042", "c1": "2026-000042"}
    corrected = _entry("decision.corrected", {"corrected": TOKEN, "outcome": "UNKNOWN"}, TOKEN)
    assert target(corrected, {}, references=references) == "demande 2026-000042"
    assert target(corrected, {}, short=False, references=references) == f"demande 2026-000042 ({TOKEN})"
    assert details(corrected, references=references) == ("Réponse corrigée, demande : 2026-000042 ; "
                                                          "Réponse : Inconnu")
    opened = _entry("creance.opened", {"decision": TOKEN, "recourse": "estate"}, "c1")
    assert target(opened, {}, references=references) == "demande 2026-000042"
    assert details(opened, references=references) == "Réponse à la demande : 2026-000042 ; Recours : Succession"
