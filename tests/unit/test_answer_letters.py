"""Letters and mail on fakes: who gets what, in the search's own transaction, and how retries go."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from returns.result import Failure, Success

from application.importing import ImportReport, ImportRun
from application.letters.deliver import DeliverOutbox
from application.letters.enqueue import AnswerLetters
from application.ports.correction_letters import CorrectionLetters
from application.letters.get_letter import GetLetter, GetLetterQuery, LetterNotFound
from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand
from application.search_deceased import SearchAnswer, SearchDeceased, SearchDeceasedCommand
from application.testing.fakes import FakeClock, FakeUnitOfWork
from application.testing.letters import FakeLetterRenderer, FakeMailer
from domain.collectivite import Collectivite
from domain.decision import DecisionKind
from domain.errors import NotAuthorized
from domain.letters import LetterKind
from domain.maison import Maison
from domain.matching.policy import ThresholdPolicy
from domain.office import NotarialOffice
from domain.outbox import MessageKind, MessageStatus, retry_delay
from domain.outcome import Outcome
from domain.user import Role, User
from infrastructure.letters.profiles import FolderProfiles
from tests.support.builders import form, person

OFFICE = "etude@notaires.example"
SERVICE = "recours-successions@collectivite-69.example"
MAISON = "mdr-lyon-7@rhone.example"


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Département du Rhône"))
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email=OFFICE, collectivites=frozenset({"69"})))
    uow.users.add(User(id="u1", email="clerk@x.fr", role=Role.NOTARY, password_hash="", crpcen="69001"))
    uow.users.add(User(id="u2", email="other@x.fr", role=Role.NOTARY, password_hash="", crpcen="69002"))
    uow.users.add(User(id="a1", email="agent@x.fr", role=Role.AGENT, password_hash="", collectivite="69"))
    uow.beneficiaries.upsert("69", [person(iodas_id="9001", maison_code="MDR-LYON-7"),
                                    person(iodas_id="9002", usage_name="LEFEVRE", birth_name=None,
                                           first_names="HENRI", birth_date=date(1928, 11, 2), aids=("APA",))])
    uow.maisons.save(Maison(collectivite="69", code="MDR-LYON-7", name="MDR Lyon 7e", email=MAISON))
    return uow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def renderer() -> FakeLetterRenderer:
    return FakeLetterRenderer()


def letters(renderer: FakeLetterRenderer, clock: FakeClock) -> AnswerLetters:
    return AnswerLetters(renderer, FolderProfiles(None), clock)


def search(uow: FakeUnitOfWork, renderer: FakeLetterRenderer, clock: FakeClock, **changes: object) -> SearchAnswer:
    use_case = SearchDeceased(uow, ThresholdPolicy(), clock, letters(renderer, clock))
    result = use_case.execute(SearchDeceasedCommand(user_id="u1", form=form(**changes)))
    assert isinstance(result, Success)
    answer: SearchAnswer = result.unwrap()
    return answer


def test_an_unknown_answer_sends_the_letter_to_the_office_only(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                               clock: FakeClock) -> None:
    answer = search(uow, renderer, clock, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    [message] = uow.outbox.for_request(answer.request.id)
    assert (message.kind, message.recipients, message.attach_letter) == (MessageKind.LETTER, (OFFICE,), True)
    assert message.status is MessageStatus.PENDING and message.message_id.endswith("@collectivite-69.example>")
    [decision] = uow.requests.decisions_for(answer.request.id)
    assert uow.letters.get(decision.id) is not None
    assert uow.commits == 1


def test_a_known_answer_also_tells_the_service_and_the_maison(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                              clock: FakeClock) -> None:
    answer = search(uow, renderer, clock)
    letter, notice = uow.outbox.for_request(answer.request.id)
    assert letter.recipients == (OFFICE,)
    assert (notice.kind, notice.recipients) == (MessageKind.NOTICE, (SERVICE, MAISON))
    assert "Dossier IODAS 9001 : maison du département MDR-LYON-7\n" in notice.body


def test_the_notarys_copy_never_names_the_file_found(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                     clock: FakeClock) -> None:
    answer = search(uow, renderer, clock)
    letter = uow.outbox.for_request(answer.request.id)[0]
    assert "9001" not in letter.body and "MDR" not in letter.body and "JEANNE MARIE" not in letter.body
    [content] = renderer.rendered
    assert content.identity == answer.request.identity  # what the notary typed, nothing else


def test_a_possible_undue_payment_is_notified_too(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                  clock: FakeClock) -> None:
    answer = search(uow, renderer, clock, last_name="Lefevre", birth_name=None, first_names="Henri",
                    birth_date=date(1928, 11, 2))
    assert answer.outcome is Outcome.POSSIBLE_UNDUE_PAYMENT
    kinds = [m.kind for m in uow.outbox.for_request(answer.request.id)]
    assert kinds == [MessageKind.LETTER, MessageKind.NOTICE]


def test_a_collectivite_may_hear_of_every_search(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                 clock: FakeClock) -> None:
    profiles = FolderProfiles(None)

    class Noisy:
        def profile(self, collectivite: Collectivite):  # type: ignore[no-untyped-def]
            return replace(profiles.profile(collectivite), notify_every_search=True)

    use_case = SearchDeceased(uow, ThresholdPolicy(), clock, AnswerLetters(renderer, Noisy(), clock))
    result = use_case.execute(SearchDeceasedCommand(user_id="u1", form=form(
        last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))))
    messages = uow.outbox.for_request(result.unwrap().request.id)
    assert [(m.kind, m.recipients, m.attach_letter) for m in messages] == [
        (MessageKind.LETTER, (OFFICE,), True), (MessageKind.SEARCH_NOTICE, (SERVICE,), False)]


def test_a_corrected_decision_gets_a_corrected_letter(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                      clock: FakeClock) -> None:
    answer = search(uow, renderer, clock, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    [first] = uow.requests.decisions_for(answer.request.id)
    clock.advance(timedelta(days=3))
    corrected = replace(first, id="corrected-1", outcome=Outcome.RECOVERABLE_AID, kind=DecisionKind.CORRECTED,
                        supersedes=first.id, iodas_id="9001", decided_at=clock.now(), decided_by="a1")
    uow.requests.add(answer.request, [corrected])
    port: CorrectionLetters = letters(renderer, clock)  # what the back-office's ResolveDoubt expects
    result = port.enqueue_correction(uow, corrected)
    assert isinstance(result, Success) and result.unwrap().kind is LetterKind.CORRECTION
    content = renderer.rendered[-1]
    assert (content.template, content.previous_date, content.dated) == ("corrected.html", date(2026, 11, 26),
                                                                         date(2026, 11, 29))
    new = [m for m in uow.outbox.for_request(answer.request.id) if m.decision_id == "corrected-1"]
    assert [m.recipients for m in new] == [(OFFICE,), (SERVICE, MAISON)]
    assert new[0].subject.startswith("Réponse rectificative")


def test_a_correction_for_an_unknown_request_is_refused(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                        clock: FakeClock) -> None:
    answer = search(uow, renderer, clock)
    [decision] = uow.requests.decisions_for(answer.request.id)
    result = letters(renderer, clock).enqueue_correction(uow, replace(decision, request_id="nope"))
    assert isinstance(result, Failure)


def test_retries_double_and_never_wait_more_than_a_minute() -> None:
    assert [retry_delay(n).total_seconds() for n in (1, 2, 3, 4, 7, 8, 50, 10_000)] == [1, 2, 4, 8, 60, 60, 60, 60]


def test_a_server_that_is_down_is_retried_with_backoff_then_sent_once(
        uow: FakeUnitOfWork, renderer: FakeLetterRenderer, clock: FakeClock) -> None:
    search(uow, renderer, clock, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    mailer = FakeMailer()
    deliver = DeliverOutbox(uow, mailer, clock)
    mailer.down = True
    assert deliver.execute().retried == 1
    [message] = uow.outbox.messages.values()
    assert message.attempts == 1 and message.next_attempt_at == clock.now() + timedelta(seconds=1)
    assert "injoignable" in (message.last_error or "")
    assert deliver.execute().retried == 0  # not due yet
    clock.advance(timedelta(seconds=1))
    assert deliver.execute().retried == 1
    mailer.down = False
    clock.advance(timedelta(seconds=2))
    assert deliver.execute().sent == 1
    assert deliver.execute().sent == 0
    assert [m.message_id for m in mailer.sent] == [message.message_id]
    assert mailer.sent[0].attachments[0].filename.endswith(".pdf")
    assert uow.outbox.counts()[MessageStatus.SENT] == 1


def test_a_refused_message_fails_with_its_reason(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                 clock: FakeClock) -> None:
    search(uow, renderer, clock, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    mailer = FakeMailer()
    mailer.refusing = True
    assert DeliverOutbox(uow, mailer, clock).execute().failed == 1
    [message] = uow.outbox.messages.values()
    assert message.status is MessageStatus.FAILED and message.last_error == "550 destinataire refusé"


def test_only_the_office_that_asked_gets_its_letter_again(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                          clock: FakeClock) -> None:
    answer = search(uow, renderer, clock)
    get = GetLetter(uow)
    mine = get.execute(GetLetterQuery(request_id=answer.request.id, caller=uow.users.get("u1")))
    assert isinstance(mine, Success) and mine.unwrap().request_id == answer.request.id
    assert get.execute(GetLetterQuery(request_id=answer.request.id, caller=uow.users.get("u2"))) == \
        Failure(LetterNotFound())
    assert isinstance(get.execute(GetLetterQuery(request_id=answer.request.id, caller=uow.users.get("a1"))), Success)
    assert get.execute(GetLetterQuery(request_id=answer.request.id, caller=None)) == Failure(NotAuthorized())


@pytest.mark.parametrize(("request_id", "decision_id"), [
    ("../../etc/passwd", None), ('=HYPERLINK("http://evil.example")', None),
    ("0b7f1c2e-5d1a-4c8e-9f3b-2a6d8e4f1c90", "' OR 1=1 --"),
])
def test_a_letter_asked_by_what_is_no_identifier_is_looked_up_nowhere(
        uow: FakeUnitOfWork, request_id: str, decision_id: str | None) -> None:
    opened: list[FakeUnitOfWork] = []

    def counted() -> FakeUnitOfWork:
        opened.append(uow)
        return uow

    query = GetLetterQuery(request_id=request_id, caller=uow.users.get("u1"), decision_id=decision_id)
    assert GetLetter(counted).execute(query) == Failure(LetterNotFound())
    assert opened == []


def test_a_doubt_tells_the_maisons_of_the_people_it_doubts_between_not_of_weaker_candidates(
        uow: FakeUnitOfWork, renderer: FakeLetterRenderer, clock: FakeClock) -> None:
    """Twins' records DUPIN LOUIS, one typed 'Louis' from the certificate: both in doubt, their maisons told; a
    cousin DUPIN PAUL born that day is scored, in the agent's explanation, but his maison hears nothing of it."""
    twins = [person(iodas_id=iodas, usage_name="DUPIN", birth_name=None, first_names="LOUIS", sex="M",
                    birth_date=date(1940, 2, 20), maison_code=code) for iodas, code in (("7001", "MDR-A"),
                                                                                       ("7002", "MDR-B"))]
    cousin = replace(twins[0], iodas_id="7003", first_names=("PAUL",), maison_code="MDR-C")
    uow.beneficiaries.upsert("69", [*twins, cousin])
    for code in ("MDR-A", "MDR-B", "MDR-C"):
        uow.maisons.save(Maison(collectivite="69", code=code, name=code, email=f"{code.lower()}@rhone.example"))
    answer = search(uow, renderer, clock, last_name="Dupin", birth_name=None, first_names="Louis",
                    birth_date=date(1940, 2, 20))
    [decision] = uow.requests.decisions_for(answer.request.id)
    assert decision.outcome is Outcome.AMBIGUOUS
    assert {(c.iodas_id, c.in_doubt) for c in decision.evidence.candidates} == {
        ("7001", True), ("7002", True), ("7003", False)}
    _, notice = uow.outbox.for_request(answer.request.id)
    assert notice.recipients == (SERVICE, "mdr-a@rhone.example", "mdr-b@rhone.example")


def test_a_doubt_settled_as_unknown_closes_it_for_the_service_and_the_maisons_told_of_it(
        uow: FakeUnitOfWork, renderer: FakeLetterRenderer, clock: FakeClock) -> None:
    twins = [person(iodas_id=iodas, usage_name="DUPIN", birth_name=None, first_names="LOUIS", sex="M",
                    birth_date=date(1940, 2, 20), maison_code="MDR-LYON-7") for iodas in ("7001", "7002")]
    uow.beneficiaries.upsert("69", twins)
    answer = search(uow, renderer, clock, last_name="Dupin", birth_name=None, first_names="Louis",
                    birth_date=date(1940, 2, 20))
    [doubt] = uow.requests.decisions_for(answer.request.id)
    assert doubt.outcome is Outcome.AMBIGUOUS
    clock.advance(timedelta(days=1))
    corrected = replace(doubt, id="corrected-1", outcome=Outcome.UNKNOWN, kind=DecisionKind.CORRECTED,
                        supersedes=doubt.id, iodas_id=None, decided_at=clock.now(), decided_by="a1")
    uow.requests.add(answer.request, [corrected])
    assert isinstance(letters(renderer, clock).enqueue_correction(uow, corrected), Success)
    letter, notice = [m for m in uow.outbox.for_request(answer.request.id) if m.decision_id == "corrected-1"]
    assert (letter.recipients, notice.kind, notice.recipients) == ((OFFICE,), MessageKind.NOTICE, (SERVICE, MAISON))
    assert notice.subject.startswith("[Notaires] Réponse rectificative")
    assert "ne correspond à aucun des dossiers ci-dessous" in notice.body
    assert ("Dossiers IODAS examinés :\n- dossier IODAS 7001 : maison du département MDR-LYON-7\n"
            "- dossier IODAS 7002 : maison du département MDR-LYON-7\n") in notice.body
    assert "Même personne" not in notice.body


def test_a_doubt_settled_as_one_person_entered_several_times_tells_each_files_maison_once(
        uow: FakeUnitOfWork, renderer: FakeLetterRenderer, clock: FakeClock) -> None:
    """DUPIN LOUIS entered three times in IODAS, two of his files followed by one maison: the agent names all
    three. The notice lists every file and tells each maison once; the office's copy names none of them."""
    copies = [person(iodas_id=iodas, usage_name="DUPIN", birth_name=None, first_names="LOUIS", sex="M",
                     birth_date=date(1940, 2, 20), maison_code=code, aids=aids)
              for iodas, code, aids in (("7001", "MDR-A", ("APA",)), ("7002", "MDR-B", ("ASH",)),
                                        ("7003", "MDR-A", ()))]
    uow.beneficiaries.upsert("69", copies)
    for code in ("MDR-A", "MDR-B"):
        uow.maisons.save(Maison(collectivite="69", code=code, name=code, email=f"{code.lower()}@rhone.example"))
    answer = search(uow, renderer, clock, last_name="Dupin", birth_name=None, first_names="Louis",
                    birth_date=date(1940, 2, 20))
    [doubt] = uow.requests.decisions_for(answer.request.id)
    assert doubt.outcome is Outcome.AMBIGUOUS
    settled = ResolveDoubt(uow, clock, letters(renderer, clock)).execute(ResolveDoubtCommand(
        decision_id=doubt.id, iodas_ids=("7003", "7002", "7001"), comment="Trois dossiers, une seule personne",
        agent_id="a1", collectivites=("69",)))
    corrected = settled.unwrap()
    assert (corrected.outcome, corrected.iodas_ids) == (Outcome.RECOVERABLE_AID, ("7001", "7002", "7003"))
    letter, notice = [m for m in uow.outbox.for_request(answer.request.id) if m.decision_id == corrected.id]
    assert notice.recipients == (SERVICE, "mdr-a@rhone.example", "mdr-b@rhone.example")
    assert ("Même personne enregistrée 3 fois dans IODAS : ces dossiers sont tous les siens, à rapprocher dans IODAS "
            "par les maisons du département qui les suivent.\n"
            "- dossier IODAS 7001 : maison du département MDR-A\n- dossier IODAS 7002 : maison du département MDR-B\n"
            "- dossier IODAS 7003 : maison du département MDR-A\n") in notice.body
    assert "aide sociale récupérable" in notice.subject
    assert letter.recipients == (OFFICE,) and not any(i in letter.body + letter.subject for i in ("7001", "7002",
                                                                                                  "7003", "MDR"))
    assert renderer.rendered[-1].identity == answer.request.identity


def test_the_letter_dates_the_extract_it_was_answered_from_in_paris(uow: FakeUnitOfWork, renderer: FakeLetterRenderer,
                                                                    clock: FakeClock) -> None:
    search(uow, renderer, clock)
    assert renderer.rendered[-1].data_as_of is None  # people written without an import: no date to give
    loaded = datetime(2026, 11, 24, 23, 15, tzinfo=UTC)  # 00:15 on the 25th in Paris
    uow.imports.record(ImportRun(id="r1", collectivite="69", source="extrait.csv", at=loaded, actor_id=None,
                                 report=ImportReport(rows_read=2, unchanged=2), rejected_count=0))
    uow.imports.record(ImportRun(id="r2", collectivite="69", source="vide.csv", at=loaded + timedelta(hours=24),
                                 actor_id=None, report=ImportReport(rows_read=0), rejected_count=1))
    search(uow, renderer, clock)
    assert renderer.rendered[-1].data_as_of == date(2026, 11, 25)
