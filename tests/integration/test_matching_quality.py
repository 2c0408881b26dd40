"""Quality gate: the engine on fixed labelled corpora (French, and corrupted English-language identities).

The corpora were written once and are committed, so that a change in the scoring or the policy that
attributes a wrong person, or misses or defers more, fails the build. They stress homonyms (a quarter of
people bear a common surname, three times the French share):
    python -m benchmarks.corpus --people 6000 --searches 1000 --seed 11 --variant fr --common-share 0.25 \
        --out tests/data/matching/fr      (and --seed 12 --variant en --out tests/data/matching/en)
Their death dates were drawn then regardless of the aids (all starting on 2015-01-01); those before were later
moved after it (`benchmarks.variations.after_the_aids`, as the generator now does), every other value unchanged.
"""

import random
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from rapidfuzz.distance import OSA

from application.evaluation import Confusion, Expected, Label, Verdict
from benchmarks.blind_corpus import HAVE_FAKER, generate as blind_corpus
from benchmarks.probe_corpus import Gen as ProbeCorpus
from benchmarks.variations import (RESPELLINGS, SCANNER_CONFUSIONS, misread, shortened, swap_day_month, typo,
                                   wrong_day_digit)
from application.match_list import ListAnswerer
from domain.aid import default_aid_referential
from domain.beneficiary import Beneficiary
from domain.identity import IdentityForm, validate_identity
from domain.matching.name_facts import NameFacts
from domain.matching.normalize import given_names
from domain.matching.policy import ThresholdPolicy
from domain.matching.result import MatchStatus
from domain.matching.scoring import surname_similarity
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.matching.index import BlockingIndex
from interfaces.cli.lists import read_labelled

CORPORA = Path(__file__).parent.parent / "data" / "matching"
# Bounds, in % of all searches (measured: FR 0.1 % missed, 1.9 % deferred; EN 0.3 %, 1.5 %).
# Targets on held-out data: missed <= 0.2 %, deferred <= 2 %.
MAX_MISSED, MAX_DEFERRED = 0.4, 3.0
MAX_CROSSED_MISSED = 3.0  # of the crossed searches: those with another slip besides are mostly beyond reach


def _crossed(label: Label, form: IdentityForm) -> IdentityForm | None:
    """Surname and first names keyed in each other's field."""
    if label.expected is Expected.AMBIGUOUS:
        return None
    return replace(form, last_name=form.first_names, first_names=form.last_name, birth_name=None)


def _initials(label: Label, form: IdentityForm) -> IdentityForm | None:
    """'Mary J.' for 'Mary Jane': the second and later typed first names reduced to their initial."""
    first, *others = (form.first_names or "").split()
    return replace(form, first_names=" ".join([first, *(f"{name[0]}." for name in others)])) if others else None


def _scanned(label: Label, form: IdentityForm) -> IdentityForm | None:
    """The surname misread by a text reader ('Thornas' for 'Thomas'): an error the corpus generator never makes."""
    surname = misread(random.Random(label.ref), form.last_name or "", SCANNER_CONFUSIONS)
    return replace(form, last_name=surname) if surname != form.last_name else None


def _respelled(label: Label, form: IdentityForm) -> IdentityForm | None:
    """A surname or a first name written as it sounds ('Filips', 'Katy'): nor does it make this one."""
    rng = random.Random(label.ref)
    if rng.random() < 0.5:
        surname = misread(rng, form.last_name or "", RESPELLINGS)
        return replace(form, last_name=surname) if surname != form.last_name else None
    first_names = misread(rng, form.first_names or "", RESPELLINGS)
    return replace(form, first_names=first_names) if first_names != form.first_names else None


def _shortened(label: Label, form: IdentityForm) -> IdentityForm | None:
    """A first name given by the short form a person is called by ('Bill' for 'William')."""
    first_names = shortened(random.Random(label.ref), form.first_names or "")
    return replace(form, first_names=first_names) if first_names != form.first_names else None


def _slips_in_a_name_and_the_date(label: Label, form: IdentityForm) -> IdentityForm | None:
    """A keying slip in the surname or in the first names, and one in the birth day: two slips, each alone a slip."""
    rng = random.Random(label.ref)
    born = wrong_day_digit(rng, form.birth_date) if form.birth_date else None
    if rng.random() < 0.5:
        surname = typo(rng, form.last_name or "")
        return replace(form, last_name=surname, birth_date=born) if surname != form.last_name else None
    first_names = typo(rng, form.first_names or "")
    return replace(form, first_names=first_names, birth_date=born) if first_names != form.first_names else None


def _year_only(label: Label, form: IdentityForm) -> IdentityForm | None:
    """A death certificate that gives the year of birth alone ('né en 1936'): the clerk types the 1st of January."""
    born = form.birth_date.replace(month=1, day=1) if form.birth_date else None
    return replace(form, birth_date=born) if born != form.birth_date else None


def _a_day_off(label: Label, form: IdentityForm) -> IdentityForm | None:
    """The day before or after the birth day, as a record or a certificate may hold it."""
    shift = timedelta(days=random.Random(label.ref).choice((-1, 1)))
    return replace(form, birth_date=form.birth_date + shift) if form.birth_date else None


def _born_abroad(person: Beneficiary) -> Beneficiary:
    """A record that holds the year of birth alone, as the 1st of January, while the death certificate has the day."""
    return replace(person, birth_date=person.birth_date.replace(month=1, day=1))


def _cut_at_the_hyphen(person: Beneficiary) -> Beneficiary:
    """A legacy record that kept 'the first first name' up to its hyphen: JEAN for 'JEAN-PIERRE LOUIS'."""
    first = person.first_names[0] if person.first_names else ""
    return replace(person, first_names=(first.split("-")[0],)) if "-" in first else person


def _noisier(person: Beneficiary) -> Beneficiary:
    """A record keyed more carelessly than the generator's: a slip in the surname, in the first first name (one in
    five each) and in the birth date (one in ten), drawn from the IODAS id so that every run is alike."""
    rng = random.Random(person.iodas_id)
    usage = typo(rng, person.usage_name) if rng.random() < 0.2 else person.usage_name
    first = list(person.first_names)
    if first and rng.random() < 0.2:
        first[0] = typo(rng, first[0])
    born = person.birth_date
    if rng.random() < 0.1:
        born = swap_day_month(born) or wrong_day_digit(rng, born)
    return replace(person, usage_name=usage, first_names=tuple(first), birth_date=born)


def _evaluate(corpus: Path,
              retype: Callable[[Label, IdentityForm], IdentityForm | None] = lambda _, form: form,
              legacy: Callable[[Beneficiary], Beneficiary] = lambda person: person) -> Confusion:
    extract = read_extract(corpus / "extract.csv", "69", frozenset({"ASH", "AM", "APA", "PCH"}))
    policy = ThresholdPolicy()
    people = [legacy(person) for person in extract.beneficiaries]
    answer = ListAnswerer(collectivite="69", matcher=policy,
                          candidates=BlockingIndex.of("69", people, policy),
                          referential=default_aid_referential(), today=date(2026, 11, 26))
    confusion = Confusion()
    for label, entry in read_labelled(corpus / "labelled.csv"):
        if (form := retype(label, entry.form)) is not None:
            confusion.add(label, answer(replace(entry, form=form)))
    return confusion


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_no_one_is_ever_attributed_the_wrong_person_and_few_are_missed_or_deferred(variant: str) -> None:
    confusion = _evaluate(CORPORA / variant)
    searches = confusion.total()
    assert searches == 1000
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / searches <= MAX_MISSED, confusion.table()
    assert 100 * confusion.total(Verdict.DEFERRED) / searches <= MAX_DEFERRED, confusion.table()
    assert confusion.total(Verdict.INVALID) == 0


def test_a_corpus_written_by_someone_who_never_saw_the_engine_gives_no_one_the_wrong_person(tmp_path: Path) -> None:
    """`benchmarks.probe_corpus`, a third generator written blind from the issue alone (remarried women under the
    first husband's name, particles glued or dropped, dictation typos, twins, phonetic-twin families), at a fifth
    of its corpora's size: seed 86 gave 0 wrong, 4 missed, 50 deferred in 2,000 searches."""
    ProbeCorpus(86, 20_000, 2_000).run(str(tmp_path))
    _no_wrong_few_missed_or_deferred(_evaluate(tmp_path), 2000, max_missed=0.5, max_deferred=4.0)


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_the_first_corpus_written_blind_gives_no_one_the_wrong_person(tmp_path: Path, variant: str) -> None:
    """`benchmarks.blind_corpus`, the first generator written from the issue alone by someone who never saw the
    engine, at 20,000 people, on Faker's name tables (a dev dependency, so that every machine writes the same
    corpus): seed 11 gave FR 0 wrong, 7 missed, 78 deferred, EN 0, 8, 94, in 2,000 searches each. Its misses (women
    searched by a name their record lacks, two slips at once) are the target least met: the bounds catch a
    regression, they are not the target."""
    assert HAVE_FAKER
    blind_corpus(variant, 11, 20_000, 2_000, str(tmp_path))
    _no_wrong_few_missed_or_deferred(_evaluate(tmp_path), 2000, max_missed=0.6, max_deferred=6.0)


def _no_wrong_few_missed_or_deferred(confusion: Confusion, searches: int, *, max_missed: float,
                                     max_deferred: float) -> None:
    """Every search answered, no one given another's file, misses and doubts within bounds (% of all searches)."""
    assert confusion.total() == searches
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / searches <= max_missed, confusion.table()
    assert 100 * confusion.total(Verdict.DEFERRED) / searches <= max_deferred, confusion.table()


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_surname_and_first_names_keyed_crosswise_are_mostly_found_and_never_given_to_another(variant: str) -> None:
    """Every search again, with surname and first names keyed in each other's field (without the crossed reading,
    about half were missed; measured now, of the crossed searches: FR 2.1 % missed, EN 1.2 %)."""
    confusion = _evaluate(CORPORA / variant, _crossed)
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= MAX_CROSSED_MISSED, confusion.table()


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_first_names_given_as_initials_never_give_another_person(variant: str) -> None:
    """Every search with several first names again, all but the first as initials ('Mary J.'); measured: FR 0.6 %
    missed (2 of 352), EN 0.3 %."""
    confusion = _evaluate(CORPORA / variant, _initials)
    assert confusion.total() > 300
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= 1.0, confusion.table()


@pytest.mark.parametrize("variant", ["fr", "en"])
@pytest.mark.parametrize(("retype", "max_missed"), [(_scanned, 2.0), (_respelled, 1.5)])
def test_errors_the_generator_never_makes_never_give_another_person(
        variant: str, retype: Callable[[Label, IdentityForm], IdentityForm | None], max_missed: float) -> None:
    """Every search again with one error of a kind the engine was not built against; measured, of the retyped
    searches: scanned FR 1.2 % missed, 4.3 % deferred, EN 1.3 %, 7.0 % (2.7 %, 8.5 %, 2.9 %, 14.7 % before a letter
    misread as two, or two as one, was read as one slip); respelled FR 0.1 %, 13.4 %, EN 0.6 %, 13.5 % (a name
    written as it sounds reads as another family's, `spellings`: a doubt). The scanned misses left hold a second
    error: a slip in the birth date as well (a misread name changes its sound, so the person is in no block, the
    README's known limit), or a second in the name."""
    confusion = _evaluate(CORPORA / variant, retype)
    assert confusion.total() > 900
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= max_missed, confusion.table()


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_a_slip_in_a_name_and_one_in_the_birth_day_never_give_another_person(variant: str) -> None:
    """Every search again with a slip in the surname or the first names and one in the birth day. Two slips are taken
    only when namesakes that close would be ten times rarer by chance than the policy allows; measured: FR 14.4 %
    deferred, 20.8 % missed (37.5 % of those with the surname slipped: one that changes its sound, beside the date's,
    leaves the person out of every block, the README's known limit; 2.7 % of the others), EN 18.1 %, 17.0 %. Before two slips with the date could be taken: FR 26.5 %
    deferred, EN 28.2 %, misses alike."""
    confusion = _evaluate(CORPORA / variant, _slips_in_a_name_and_the_date)
    assert confusion.total() > 900
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= 25.0, confusion.table()


def test_first_names_given_by_their_short_form_are_found_and_never_give_another_person() -> None:
    """Every English-language search whose first names have a short form, with one given so ('Bill', 'Peggy');
    measured, of those 631 searches: 0.6 % missed, 9.0 % deferred (mostly 'Pat', 'Chris', 'Sam' alone, of either
    sex, and 'Jack', 'Betty', 'Nancy', which records here bear as names in their own right). Before the engine knew
    short forms: 6.7 % missed, 38.2 % deferred."""
    confusion = _evaluate(CORPORA / "en", _shortened)
    assert confusion.total() > 400
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= 1.0, confusion.table()
    assert 100 * confusion.total(Verdict.DEFERRED) / confusion.total() <= 10.0, confusion.table()


@pytest.mark.parametrize("variant", ["fr", "en"])
@pytest.mark.parametrize("side", ["search", "record"])
def test_a_year_of_birth_alone_on_either_side_is_a_doubt_and_never_gives_another_person(variant: str,
                                                                                       side: str) -> None:
    """Every search again with the 1st of January for the birth date, or every record so (someone born abroad, the
    day unknown). Before, such members were NO_MATCH, a missed créance: 51.6 % of the searches missed FR, 47.2 % EN
    (searches typed so), 51.7 % and 47.1 % (records so); measured now: 2.9 %, 2.3 %, 2.9 %, 2.3 %, the rest of the
    members doubts, as a year alone must be (those left missed hold a slip besides)."""
    confusion = _evaluate(CORPORA / variant, _year_only) if side == "search" \
        else _evaluate(CORPORA / variant, legacy=_born_abroad)
    assert confusion.total() > 900
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= 4.0, confusion.table()
    assert confusion.total(Verdict.CORRECT, Expected.MEMBER) <= 30  # born a keying slip from the 1st of January


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_a_birth_day_off_by_one_never_gives_another_person(variant: str) -> None:
    """Every search again with the day before or after the birth day. Before the day either side was a slip, those
    two digits apart (19 for 20, 31/12 for 01/01) were NO_MATCH: FR 9.5 % missed, EN 8.8 %; measured now: 3.3 %,
    2.7 % (a record that holds a slip of its own in the date as well)."""
    confusion = _evaluate(CORPORA / variant, _a_day_off)
    assert confusion.total() > 900
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= 4.0, confusion.table()


def test_records_that_kept_a_compound_first_name_up_to_its_hyphen_never_give_another_person() -> None:
    """The French corpus again, its records keeping JEAN for 'JEAN-PIERRE LOUIS'; measured: 0.1 % missed, 3.8 % deferred
    (before a lone recorded name leading a typed compound one was a doubt: 0.6 % missed, 3.2 % deferred)."""
    confusion = _evaluate(CORPORA / "fr", legacy=_cut_at_the_hyphen)
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= MAX_MISSED, confusion.table()


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_records_keyed_more_carelessly_never_give_another_person(variant: str) -> None:
    """Records with a slip four or five times as often as the generator's; measured: FR 0.6 % missed, 4.9 %
    deferred, EN 0.3 %, 3.9 %. (On corpora of 50,000 so keyed, two identical records one of which gained a slip
    gave a few 'wrong' answers: the search was given the exact record, its copy with a slip being a doubt only
    for rare names, while the labels, written for identical records, expect a doubt.)"""
    confusion = _evaluate(CORPORA / variant, legacy=_noisier)
    assert confusion.total(Verdict.WRONG) == 0, confusion.table()
    assert 100 * confusion.total(Verdict.MISSED) / confusion.total() <= 1.0, confusion.table()


def _members(variant: str) -> tuple[ThresholdPolicy, BlockingIndex, NameFacts, Sequence[Beneficiary],
                                     list[tuple[Beneficiary, IdentityForm]]]:
    """A fixed corpus loaded as the quality tests read it, with each member search's beneficiary and form."""
    extract = read_extract(CORPORA / variant / "extract.csv", "69", frozenset({"ASH", "AM", "APA", "PCH"}))
    policy = ThresholdPolicy()
    index = BlockingIndex.of("69", extract.beneficiaries, policy)
    by_id = {person.iodas_id: person for person in extract.beneficiaries}
    members = [(by_id[min(label.iodas_ids)], entry.form) for label, entry in read_labelled(
        CORPORA / variant / "labelled.csv") if label.expected is Expected.MEMBER and min(label.iodas_ids) in by_id]
    return policy, index, index.name_facts("69"), extract.beneficiaries, members


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_a_member_searched_by_later_first_names_that_the_record_lacks_is_never_left_unfound(variant: str) -> None:
    """The issue's clerks give any of the first names in any order, and its legacy records keep the first: every
    member whose record holds several first names, the record cut to the first, searched by the later ones alone.
    Before, several typed names none of which was the record's read as a twin's: FR 48 of 134, EN 39 of 134 left
    unfound; now 3 and 2 (a slip in the record's birth date as well, or a birth name the record lacks). A doubt:
    a twin cannot be told from him."""
    policy, _, _, people, members = _members(variant)
    cut = [replace(person, first_names=person.first_names[:1]) for person in people]
    index = BlockingIndex.of("69", cut, policy)
    facts = index.name_facts("69")
    unfound = searched = 0
    for person, form in members:
        if len(person.first_names) < 2:
            continue
        later = " ".join(reversed(person.first_names[1:])).title()
        searched_for = validate_identity(replace(form, first_names=later), date(2026, 11, 26)).unwrap()
        result = policy.match(searched_for, index.find_candidates("69", searched_for), facts)
        assert result.beneficiary in (None, replace(person, first_names=person.first_names[:1])), later
        searched += 1
        unfound += result.status is MatchStatus.NO_MATCH
    assert searched > 100
    assert unfound <= searched * 3 // 100, f"{unfound} of {searched}"


def _twins_given_the_beneficiary(variant: str, twin_of: Callable[[str, str, NameFacts], str | None]) -> tuple[int, int]:
    """Every beneficiary searched again as a brother or a sister born that very day, named `twin_of(first recorded
    first name, sex, facts)`: (how many were given the beneficiary's file, how many were searched)."""
    policy, index, facts, _, members = _members(variant)
    given = searched = 0
    for person, form in members:
        if person.sex not in ("M", "F") or not person.first_names:
            continue
        if (name := twin_of(given_names(person.first_names[0])[0], person.sex, facts)) is None:
            continue
        twin = validate_identity(replace(form, first_names=name.title(), birth_date=person.birth_date),
                                 date(2026, 11, 26)).unwrap()
        searched += 1
        given += policy.match(twin, index.find_candidates("69", twin), facts).beneficiary == person
    return given, searched


def _of_the_other_sex_a_slip_away(recorded: str, sex: str, facts: NameFacts) -> str | None:
    return next((name for name, told in sorted(facts.sex_by_name.items())
                 if told != sex and len(name) >= 4 and OSA.distance(name, recorded) == 1), None)


def _latin_feminine(recorded: str, sex: str, facts: NameFacts) -> str | None:
    if sex != "M" or len(recorded) < 3 or recorded[-1] in "AEIUY" or "-" in recorded:
        return None
    name = recorded[:-1] + "A" if recorded.endswith("O") else recorded + "A"
    return name if name not in facts.sex_by_name else None


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_a_twin_of_the_other_sex_named_a_slip_away_is_never_given_the_beneficiary(variant: str) -> None:
    """A brother or a sister whose first name the records give to the other sex and is one keystroke from the
    beneficiary's (MARK for MARY, PAUL for PAULA, RENEE for RENE). Before first names told the sexes apart, the
    English corpus gave 56 of its 57 such searches the beneficiary's file (313 of 317 on a corpus of 50,000); the
    French one none of 99, as French feminine forms (JEANNE, LOUISE) were already told apart by their endings."""
    given, searched = _twins_given_the_beneficiary(variant, _of_the_other_sex_a_slip_away)
    assert searched > 10
    assert given == 0, f"{given} of {searched}"


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_a_sister_named_by_a_latin_feminine_the_records_do_not_know_is_never_given_her_brother(variant: str) -> None:
    """The sister of a beneficiary PAUL, ROBERT or MARIO searched as 'Paula', 'Roberta', 'Maria', a name the records
    here give to no one often enough to tell its sex: before, nearly every one was given her brother's file (FR 164
    of 164, EN 203 of 204; 773 of 775 and 1,105 of 1,113 on corpora of 50,000); now a doubt."""
    given, searched = _twins_given_the_beneficiary(variant, _latin_feminine)
    assert searched > 100
    assert given == 0, f"{given} of {searched}"


def _married_relatives_given_the_beneficiary(
        variant: str, relative: Callable[[Beneficiary, IdentityForm, str], IdentityForm],
        recorded_first_names: int = 1) -> tuple[int, int]:
    """Every married woman beneficiary (her record's birth name is not its usage name again) holding at least
    `recorded_first_names` first names searched again as `relative(her record, her search, a surname drawn from the
    base far from both of hers)`: (how many were given her file, how many were searched)."""
    policy, index, facts, people, members = _members(variant)
    births = sorted({person.birth_name for person in people if person.birth_name})
    rng = random.Random(5)
    given = searched = 0
    for person, entry_form in members:
        if not person.birth_name or \
                surname_similarity(person.birth_name, person.usage_name) >= policy.surname_doubt_floor:
            continue  # unmarried: the record's birth name is its usage name again, perhaps for want of one
        if len(person.first_names) < recorded_first_names:
            continue
        other = rng.choice(births)
        if max(surname_similarity(other, person.birth_name),
               surname_similarity(other, person.usage_name)) >= policy.surname_doubt_floor:
            continue  # it would read as one of her names with a slip
        found = validate_identity(relative(person, entry_form, other), date(2026, 11, 26)).unwrap()
        searched += 1
        given += policy.match(found, index.find_candidates("69", found), facts).beneficiary == person
    return given, searched


def _same_names_and_birth_day(person: Beneficiary, form: IdentityForm) -> IdentityForm:
    return replace(form, first_names=" ".join(person.first_names).title(), birth_date=person.birth_date)


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_a_sister_in_law_with_the_same_married_name_first_names_and_birth_day_is_never_given_the_file(
        variant: str) -> None:
    """Another birth name than the record's: before, every one was given the beneficiary's file (FR 130 of 130, EN
    133 of 133)."""
    given, searched = _married_relatives_given_the_beneficiary(variant, lambda person, form, other: replace(
        _same_names_and_birth_day(person, form), last_name=person.usage_name.title(), birth_name=other.title()))
    assert searched > 50
    assert given == 0, f"{given} of {searched}"


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_a_twin_sister_married_into_another_family_is_never_given_the_file(variant: str) -> None:
    """The record's birth name and birth day, another married name, and only the record's first first name, the
    sister's own besides: 'Rederford née Whitemores Mary' was given MILLAFIELDE née WHITEMORES MARY JESSICA on a
    corpus never used while building; before, every one was given the file (FR 130 of 130, EN 133 of 133)."""
    given, searched = _married_relatives_given_the_beneficiary(variant, lambda person, form, other: replace(
        form, first_names=person.first_names[0].title(), birth_date=person.birth_date, last_name=other.title(),
        birth_name=person.birth_name.title() if person.birth_name else None), recorded_first_names=2)
    assert searched > 20
    assert given == 0, f"{given} of {searched}"


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_a_woman_remarried_since_her_record_was_written_is_given_her_file_unless_her_names_are_common(
        variant: str) -> None:
    """Her birth name, every recorded first name and her birth day, another married name: she remarried. Only a
    common lone first name (a twin sister may bear it too: FR 29 of the 130 women, each a JEANNE, a MARIE, a
    FRANÇOISE or a MONIQUE alone) leaves a doubt; two recorded first names never do."""
    def remarried(person: Beneficiary, form: IdentityForm, other: str) -> IdentityForm:
        return replace(_same_names_and_birth_day(person, form), last_name=other.title(),
                       birth_name=person.birth_name.title() if person.birth_name else None)

    given, searched = _married_relatives_given_the_beneficiary(variant, remarried)
    assert searched > 50
    assert given >= 0.7 * searched, f"{given} of {searched}"
    given, searched = _married_relatives_given_the_beneficiary(variant, remarried, recorded_first_names=2)
    assert searched > 20
    assert given == searched, f"{given} of {searched}"
