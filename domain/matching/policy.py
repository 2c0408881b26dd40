"""The decision policy: one of three verdicts per collectivité, never a guess.

Each candidate gets three field scores (surname, first names, birth date; see `scoring`) and a
weighted total. A candidate

- *fits* when no field disagrees (every score >= `field_floor`: exact, or one slip), at most
  `max_inexact_fields` field is not exact (two slips at once are as often two people as one), and the
  total reaches `accept_total`;
- is *plausible* when it does not fit but the total reaches `doubt_total` and no field is far off
  (every score >= `doubt_floor`, the surname >= `surname_doubt_floor`; a surname further off than a slip, two
  slips or a slip in a part of a compound, needs the other two fields within a slip each): a human could believe
  it is the deceased. Among a million people, someone born that day with the same first name and a vaguely
  similar surname is the rule, not a doubt. A person whose surname does not sound like a typed one, born on
  another day (nor its day and month swapped), is found by a first name alone (`blocking`):
  compared only if the surname and the date hold a slip each and chance would seldom explain such a person
  (`_seldom_by_chance`): a fit then, judged as any other, never a partial match.

The verdict is

- UNIQUE when the best candidate fits, every other plausible candidate trails it by more than
  `margin` (two records of one identity, or a near twin, are never split by guessing) and none is exact
  where the best one slipped (which record slipped would be a guess; a woman bearing one of the two typed
  names alone is no rival to a record exactly hers by both, `rivals_to_her_two_names`, nor is a sister-in-law,
  her birth or married name another family's, to a best one whose names contradict neither, `_no_in_laws`, nor a
  rival that chance explains to a best one it does not, `_beside_chance`); and when chance does not explain it.
  If its birth date is only close, no other candidate bears the same surname and first names and, unless
  the close date is the day and month swapped (a slip too specific to be chance), the people expected by
  chance with that surname and those first names within one slip of the date (how common each is counted on
  the whole base; a woman whose married and birth names both agree bears a rare pair of names, `both_names_agree`)
  stay below `coincidence_chance` (10⁻³): a "Martin Jean" one digit away is as often another
  Martin Jean as a slip, a rare name is not. If its first names agree only in part or in another order (a
  sibling, or a namesake born that day, often shares a second first name), the same test applies on the exact
  date, and a close date also needs the first typed first name to be the first recorded one, or both lists to
  hold the same names (a sibling's date is close, his surname is not: a close surname keeps the tests below; a
  record that kept a single first name, one of several typed, with no one else plausible, is not tested on the
  exact date: `_kept_one_of_the_typed_names`). A
  close surname ('Martin-Dubois' for 'MARTIN') passes the same test on the exact date (a keying slip of the whole
  name, RICHRAD for 'Richard', is judged as an exact one: `a_slip_of_the_whole_name`), and is no slip when both
  spellings are borne by other people here in numbers of one order (two families, 'ALDTON' and 'ALDTONE'; a slip
  that some records repeat, SMMITH beside SMITH, is borne by few), nor when both sound alike but are spelt
  otherwise ('Thibaut' for THIBAULT, 'Colin' for COLLIN, `spellings`: another family's name) unless the record
  slipped: the typed spelling borne by others here, the recorded one by no one else (JONES, JONEZ; CROISAC,
  CRAUISAC). A woman searched by her married and her birth names, both exactly hers, born that very day, is
  judged as a fit even when her lone recorded first name was not typed, or only in part: a twin sister bears the
  birth name, seldom the married name too
  (`a_wife_s_unchecked_name`). A best candidate with a slip in two fields (both names of someone born that very
  day, or one name and the birth date) does not fit, yet counts as fitting when people with names that close would
  be born by chance, that day (or on the day and month swapped) or on the dates a slip away from it, ten times more
  seldom still (`coincidence_chance` / 10), the rules above applying then as to a fit: a 'KERBRTA YVONNNE' is the
  searched Kerbrat Yvonne, a 'MARTN MARIE' may not be. And never while another
  plausible record, or a woman born that day whose record lacks the birth name she was searched by, reads as the
  best one's copy with a slip (usage name, birth name, first names and birth date each alike within a slip),
  unless namesakes that close are common by chance (`coincidence_chance`): the same person entered twice in
  IODAS, whose aids may be split between the two files. Nor when only later recorded
  first names were typed ('Michel' for MOHAMED JEAN-CLAUDE MICHEL) and a twin, who shares surname and birth
  day, could bear them as his own (`twin_chance` times their share of records above `coincidence_chance`); a
  twin sister is no such doubt for a woman searched by her married and her birth names, both hers, born that day. Nor
  when the typed birth name and the record's (when it is not its usage name again) disagree, the record's
  reading as no typed name within a slip ('Verdyr' for VERDIER is two slips or another family), or are two
  spellings of one sound: two women born into two families, sisters-in-law
  (`in_laws`); nor when both hold a married name
  besides the birth name and the married names disagree: sisters married into two families; but a woman whose
  birth name, every recorded first name and very birth day are the record's remarried since it was written, unless
  a twin sister could bear those first names by chance (`twin_chance`, as above: a lone 'Marie' stays a doubt).
  Nor, when the fit rests on a slip, if every aid on record started after the death typed: the record's person
  was alive then (a namesake, or a mistyped death date; `aids_after_death`);
- AMBIGUOUS when some candidate fits or is plausible but UNIQUE does not hold (a date that may stand for its year
  alone, `scoring.is_presumed`, agreeing on the year is plausible, never a fit; so is a date whose day and month
  are swapped and whose year's last digit is wrong, when namesakes born on one of those ten dates would be rare by
  chance, `coincidence_chance`; a person of the very surname, born a slip away, whose first names agree only in
  part, is no plausible candidate where chance alone would give one such namesake, `CHANCE_NAMESAKES`); and when
  none is, but a
  woman born that very day with the same first names has no birth name on record while the clerk typed a
  single surname (her birth name, perhaps; typed in both fields a slip apart, still one), unless such agreements
  are common by chance here
  (`maiden_name_chance`), or holds one name twice, as an unmarried woman's (a wife recorded under her birth name
  alone, searched by her married name), when such agreements are rarer still (`birth_name_only_chance`); such a
  woman born on the day and month swapped (a legacy record's commonest slip of a date) counts too, when such
  agreements would be a hundred times rarer still (a name and a date slipped at once);
- when no candidate fits or is plausible, the names are also read crosswise (surname keyed as the first name and
  the other way, by the clerk or in the record), among the people born that very day, if a single name was
  typed as first names: UNIQUE if exactly one person agrees exactly so and at least one of the two names is
  seldom a first name here (`coincidence_chance`: 'Dupont Jean' for 'Jean Dupont' is a crossing, 'Thomas Martin'
  for 'Martin Thomas' may be two people), AMBIGUOUS if someone agrees so within a slip, or plausibly (a doubt
  typed the right way round) when what was typed as first names is seldom a first name here;
- NO_MATCH otherwise: a homonym born on another date is another person.

The evidence of a decision holds the ten best scored candidates and, whether scored or not, the people it names
or doubts between (a crossed reading, a copy, a woman whose record lacks the birth name typed), marked `in_doubt`:
an agent settles a doubt by choosing among them, and only the maisons of those marked are told of it.

How common a first name or a surname is, and which sex a first name tells, comes from the collectivité's own
records (`name_facts`). The thresholds and weights are settings (`NOTAIRES_MATCH_*`, see
infrastructure/matching/settings.py); the API, `notaires match` and `notaires evaluate` all use this one policy.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache

from domain.beneficiary import Beneficiary
from domain.decision import CandidateEvidence, MatchEvidence
from domain.identity import DeceasedIdentity
from domain.matching.blocking import NO_BEARERS, blocking_keys, born_or_swapped, found_by_first_name_alone
from domain.matching.candidates import SortedCandidates
from domain.matching.chance import CHANCE_NAMESAKES, LAST_DIGITS, SLIP_DATES, coincidences, dates_within
from domain.matching.families import a_slip_of_the_whole_name, spelt_otherwise, two_families
from domain.matching.first_names import (UNVERIFIED, every_recorded_name_typed, first_names_score,
                                         leading_first_names_agree, only_later_names_agree, recorded_first_names_agree)
from domain.matching.in_laws import other_birth_families, other_married_names
from domain.matching.name_facts import NO_FACTS, NameFacts
from domain.matching.normalize import PARTICLES, given_names, name_key
from domain.matching.result import MatchResult, MatchStatus
from domain.matching.scoring import (ONE_DIGIT, SWAPPED, SWAPPED_AND_SLIPPED, FieldScores, Weights, birth_date_score,
                                     only_the_year_agrees, score, surname_similarity)
from domain.matching.similarity import SLIP
from domain.matching.surname_reach import TypedName, reaching_score, typed_names
from domain.matching.women import (SWAPPED_WIFE_RARER, a_wife_s_unchecked_name, agreeing_seldom, both_names_agree,
                                   one_surname_typed, rivals_to_her_two_names)

EVIDENCE_LIMIT = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class ThresholdPolicy:
    accept_total: float = 0.9
    field_floor: float = 0.85
    max_inexact_fields: int = 1
    doubt_total: float = 0.8
    doubt_floor: float = 0.5
    surname_doubt_floor: float = 0.75
    margin: float = 0.05
    coincidence_chance: float = 0.001
    maiden_name_chance: float = 0.3
    birth_name_only_chance: float = 0.03
    twin_chance: float = 0.03
    aids_after_death: int = 1
    weights: Weights = field(default_factory=Weights)

    def fits(self, s: FieldScores) -> bool:
        return s.lowest() >= self.field_floor and s.total(self.weights) >= self.accept_total \
            and s.inexact() <= self.max_inexact_fields

    def _two_slips(self, s: FieldScores) -> int | None:
        """When two fields, and no more, hold a slip each: the dates over which to count chance (see the rule on
        chance in `match`), the birth day itself, or with day and month swapped (one date, as specific as the day:
        25 members answered instead of doubted in 127,000 searches, no other answer changed, when the swap counted
        fifty), or the dates a slip away from it; else None."""
        if s.inexact() != 2 or s.lowest() < self.field_floor or s.total(self.weights) < self.accept_total:
            return None
        return dates_within(s)

    def is_plausible(self, s: FieldScores) -> bool:
        return s.lowest() >= self.doubt_floor and s.surname >= self.surname_doubt_floor \
            and s.total(self.weights) >= self.doubt_total \
            and (s.surname >= self.field_floor or min(s.first_names, s.birth_date) >= self.field_floor)

    def bears_the_name(self, s: FieldScores) -> bool:
        return s.surname >= SLIP

    @property
    def surname_floor(self) -> float:
        """Below this surname score a candidate is neither compared nor counted as a homonym."""
        return min(self.surname_doubt_floor, SLIP)

    def _triage(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary]) -> tuple[
            list[Beneficiary], list[Beneficiary], list[Beneficiary]]:
        """Cheap fields first: most people born on the searched day bear another name, and most bearers of the
        name were born on another day; these are set aside as homonyms, never fully scored. People found by a
        first name alone (see `_seldom_by_chance`) come apart, when their surname is within a slip."""
        homonyms, comparable, by_first_name = [], [], []
        typed, floor = typed_names(identity.last_name, identity.birth_name), self.surname_floor
        keys = blocking_keys(identity.last_name, identity.birth_name, identity.birth_date,
                             first_names=identity.first_names, bearers=NO_BEARERS)
        for b in candidates:
            surname = reaching_score(typed, _known(b), floor)  # exact from the floor up, which is all the triage asks
            if surname < floor:
                continue
            near = birth_date_score(identity.birth_date, b.birth_date) >= self.doubt_floor
            if found_by_first_name_alone(keys, b.usage_name, b.birth_name, b.birth_date):
                if surname >= SLIP and near:
                    by_first_name.append(b)
            elif surname >= self.surname_doubt_floor and near:
                comparable.append(b)
            elif surname >= SLIP:
                homonyms.append(b)
        return comparable, homonyms, by_first_name

    def _seldom_by_chance(self, identity: DeceasedIdentity, found: Sequence[Beneficiary],
                          bearers: Callable[[], Sequence[Beneficiary]], facts: NameFacts) -> list[Beneficiary]:
        """People found by a first name alone: the surname does not sound like a typed one and the birth date is
        another (`blocking.found_by_first_name_alone`). Compared only when the surname and the date hold a slip
        each, the first names agree exactly, and people with names that close would be born by chance more seldom
        than `coincidence_chance`: then they may be the deceased, a doubt unless ten times more seldom (the rule on
        two slips in `match`). Else set aside, neither partial match nor homonym: at a million people, a stranger
        born a slip away with the same first name and a surname a slip away is common. (Kept only at a tenth of the
        bar, 7 such members in 112,000 searches went unfound, MRTERE PAUL born 1920 for 'Martere Paul' born 1927;
        at the bar, they are doubts, for 2 non-members doubted and 1 member doubted in 20,000 at a million.)"""
        kept = []
        for b in found:
            dates = self._two_slips(score(identity, b, facts))
            if dates and coincidences(identity, b, bearers, facts, dates) <= self.coincidence_chance:
                kept.append(b)
        return kept

    def _namesakes(self, identity: DeceasedIdentity, best: Beneficiary, others: Sequence[Beneficiary]) -> int:
        """Other people here with the searched surname and first names: the name is common enough that a near
        birth date may be someone else's. For a woman whose married and birth names both agree, only women who
        bear both (`both_names_agree`)."""
        both = both_names_agree(identity, best)
        return sum(1 for b in others
                   if first_names_score(identity, b) >= SLIP and (not both or both_names_agree(identity, b)))

    def may_lack_birth_name(self, identity: DeceasedIdentity, sex: str | None, birth_name: str | None,
                            born: date) -> bool:
        """Whether a record whose surname disagrees may still be a woman searched by her birth name: born that day
        (or on the day and month swapped, `_unknown_birth_name`), not a man, without a recorded birth name, and the
        clerk typed one surname (`one_surname_typed`)."""
        return not birth_name and sex != "M" and born in born_or_swapped(identity.birth_date) and \
            one_surname_typed(identity)

    def may_bear_birth_name_only(self, identity: DeceasedIdentity, sex: str | None, usage_name: str,
                                 birth_name: str | None, born: date, facts: NameFacts) -> bool:
        """Whether a record whose surname disagrees may still be a wife recorded under her birth name alone (the
        birth name repeating the usage name, as an unmarried woman's) and searched by her married name: born that
        day (or on the day and month swapped), not a man, the clerk typed one surname, as for `may_lack_birth_name`,
        and even one such woman agreeing on every typed first name would be rare enough by chance
        (`birth_name_only_chance`). The last test spares a store building the many such women born that day when the
        first names typed are common."""
        return bool(birth_name) and birth_name == usage_name and sex != "M" and \
            born in born_or_swapped(identity.birth_date) and one_surname_typed(identity) and \
            facts.least_chance_of_agreeing(identity.first_names) <= self.birth_name_only_chance

    def _unknown_birth_name(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary],
                            facts: NameFacts) -> list[Beneficiary]:
        """A clerk who types one surname of a married woman whose record holds another one alone: her birth name
        when the record holds only her married name, her married name when the record holds her birth name alone.
        The surname cannot agree, but a woman born that very day with the same first names may be her. Only a
        doubt, and only when so many women born that day share those first names by chance seldom enough:
        `maiden_name_chance` for records without a birth name; `birth_name_only_chance`, ten times less
        often (most records that hold one name twice are unmarried women's), for the others. Among a million
        people, a 'Marie' born that day is the rule, not a clue. A woman born on the day and month swapped holds a
        second slip, her date's: ten times more seldom still. Measured over 92,000 searches of 18 corpora and 40,000
        at two millions: at a hundred times, 3 members missed before found for 1 doubt on a non-member; at ten, 7
        more for 40 doubts (15 at the millions, where none was found); at three, 5 more for 57 on the corpora. Women
        born that day agreeing at twice `maiden_name_chance` would find 24 more for 101 doubts, but 10 for 284 at
        the generated million, where many women born each day lack a birth name: at 0.6 coincidences expected,
        nearly one search in two whose first names pass the bar meets one."""
        lacking = [b for b in candidates if self.may_lack_birth_name(identity, b.sex, b.birth_name, b.birth_date)]
        only = [b for b in candidates
                if self.may_bear_birth_name_only(identity, b.sex, b.usage_name, b.birth_name, b.birth_date, facts)]
        wives: list[Beneficiary] = []
        for women, chance in ((lacking, self.maiden_name_chance), (only, self.birth_name_only_chance)):
            that_day = [b for b in women if b.birth_date == identity.birth_date]
            swapped_day = [b for b in women if b.birth_date != identity.birth_date]
            wives += agreeing_seldom(identity, that_day, facts, chance) + \
                agreeing_seldom(identity, swapped_day, facts, chance / SWAPPED_WIFE_RARER)
        return wives

    def crossed_reading(self, identity: DeceasedIdentity) -> tuple[TypedName, ...]:
        """Surname and first names may have been keyed in each other's field, by the clerk or in the record, when a
        single name, particles aside, was typed as first names ('de La Fontaine' may be a surname, 'Jean Pierre'
        is first names): that name, to be compared with recorded surnames. Else nothing."""
        return _first_names_as_surname(identity.first_names)

    def may_be_crossed(self, identity: DeceasedIdentity, crossed: Sequence[TypedName],
                       known: Sequence[tuple[str, str | None]], born: date) -> bool:
        """Whether someone with these recorded names (and sound keys, if known) may be the deceased with the names
        crossed: born that very day (two slips at once are as often two people as one), with a surname that
        reaches the floor against the typed first name."""
        return bool(crossed) and born == identity.birth_date and \
            reaching_score(crossed, known, self.surname_floor) >= self.surname_floor

    def _crossed(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary],
                 facts: NameFacts) -> tuple[list[Beneficiary], list[Beneficiary], list[Beneficiary]]:
        """Among the people who may be the deceased with the names crossed, those whose names agree once crossed:
        exactly, within a slip, or plausibly (as a search typed the right way round would make them a doubt) when
        what was typed as first names is seldom a first name."""
        exact: list[Beneficiary] = []
        close: list[Beneficiary] = []
        plausible: list[Beneficiary] = []
        if not (reading := self.crossed_reading(identity)):
            return exact, close, plausible
        crossed = crossed_names(identity)
        for b in candidates:
            if b.birth_date != identity.birth_date or \
                    not self.may_be_crossed(identity, reading, _known(b), b.birth_date):
                continue
            s = score(crossed, b, facts)
            if s.surname == s.first_names == 1.0:
                exact.append(b)
            elif self.fits(s):
                close.append(b)
            elif self.is_plausible(s) and self._typed_a_surname_as_first_names(identity, facts):
                plausible.append(b)  # a common first name typed as such: its namesakes by chance are no crossing
        return exact, close, plausible

    def _typed_a_surname_as_first_names(self, identity: DeceasedIdentity, facts: NameFacts) -> bool:
        """Whether what was typed as first names is seldom a first name here (`coincidence_chance`)."""
        return facts.share_of(identity.first_names) <= self.coincidence_chance

    def _seldom_a_first_name(self, identity: DeceasedIdentity, facts: NameFacts) -> bool:
        """Whether one of the two typed names is seldom a first name here (a share of records below
        `coincidence_chance`). Two people, one as typed and one as recorded, each real, would both need two first
        names for names: 'Thomas Martin' and 'Martin Thomas' may be two people; 'Dupont' is no first name, so
        someone crossed. Counted on the shares alone, not on the people born that day, which the index does not
        build (a store may drop them), so that every store answers alike."""
        return min(facts.share_of(identity.first_names), facts.share_of(identity.last_name)) <= self.coincidence_chance

    def _swapped_and_slipped_by_chance(self, identity: DeceasedIdentity, s: FieldScores, b: Beneficiary,
                                       homonyms: Sequence[Beneficiary], facts: NameFacts) -> bool:
        """Born on the day and month swapped with the year's last digit wrong (`SWAPPED_AND_SLIPPED`): plausible only
        when people with such names would seldom be born on one of those ten dates by chance (`coincidence_chance`):
        a 'Martin Marie' born so is another Martin Marie."""
        return s.birth_date == SWAPPED_AND_SLIPPED and \
            coincidences(identity, b, lambda: homonyms, facts, LAST_DIGITS) > self.coincidence_chance

    def _partly_named_by_chance(self, identity: DeceasedIdentity, s: FieldScores, b: Beneficiary,
                                homonyms: Sequence[Beneficiary], facts: NameFacts) -> bool:
        """A plausible person of the very surname whose first names agree only in part (a lone recorded name not
        typed, a shared 'Marie') and who was born a slip away: two discrepancies that chance alone explains where
        at least one person (`CHANCE_NAMESAKES`) with that surname and the first names the two lists share would
        be born on such dates (one for a day and month swapped, `SLIP_DATES` for a keyed digit): a MOREAU
        'Paul Joseph' born on the 20th for MOREAU JACQUES ALBERT JOSEPH JEAN born on the 21st is another bearer of
        the name, no doubt. Measured over 92,000 searches of 18 corpora and 20,000 at the first blind generator's
        million: 168 doubts on non-members fewer (149 of them at the million), 4 members answered whom such a
        bystander had made doubts, no member missed; at the generated million, 20 doubts fewer, no other change.
        At 0.3 namesakes: 253 doubts fewer, but 2 members missed; counting a swapped date as 50 dates, 2 missed
        at 1.0 too (a MOREAU born on the day and month swapped)."""
        if self.fits(s) or s.surname < 1.0 or s.first_names >= SLIP or s.birth_date == 1.0:
            return False
        return coincidences(identity, b, lambda: homonyms, facts, dates_within(s)) >= CHANCE_NAMESAKES

    def _her_two_names_and_a_slip(self, identity: DeceasedIdentity, s: FieldScores, b: Beneficiary) -> bool:
        """Searched by her married and her birth name, both exactly hers, born a slip away, her lone recorded first
        name not typed: BOCHUD née BENSAID ANDREE born 1922 for 'Bochud', née 'Bensaïd', 'Marie' born 1928. A woman
        bearing both names is seldom another; but a first name and a date that differ may be a sister married to a
        brother: a doubt, never an answer. Measured: 4 members missed before are doubts (in 152,000 searches of 20
        corpora and two millions), no other answer changed."""
        return UNVERIFIED <= s.first_names < SLIP and s.surname == 1.0 \
            and s.birth_date >= self.field_floor and both_names_agree(identity, b, floor=1.0)

    def _of_another_family(self, identity: DeceasedIdentity, someone: Beneficiary) -> bool:
        """Her recorded birth name another family's than the typed ones, or her married name another than the typed
        one while the search and the record both hold a birth name (`in_laws`): a sister-in-law, or a sister
        married into another family."""
        return other_birth_families(identity, someone, self.field_floor) or \
            other_married_names(identity, someone, self.surname_doubt_floor)

    def _no_in_laws(self, identity: DeceasedIdentity, best: Beneficiary,
                    rivals: list[Beneficiary]) -> list[Beneficiary]:
        """The rivals of a best candidate whose names contradict neither typed name, without those whose names do
        (`_of_another_family`): a whole name another, not a slip, against a keying slip in the best one's record
        (BOUCHER, née FERRAND, MARIE-THERESE born 1933 for 'Boucher', née 'Ferrand', 'Marie-Thérèse' born 1936,
        against BERTRAND, née BOYER, ARIE-THERESE born that day). Alone, such a rival stays a doubt. Measured: 18
        members answered instead of doubted in 92,000 searches of 18 corpora and 20,000 at the first blind
        generator's million, 5 at the generated million, no other answer changed."""
        if not rivals or self._of_another_family(identity, best):
            return rivals
        return [b for b in rivals if not self._of_another_family(identity, b)]

    def _beside_chance(self, identity: DeceasedIdentity, best_scores: FieldScores, best: Beneficiary,
                       rivals: list[Beneficiary], plausible: Sequence[tuple[FieldScores, Beneficiary]],
                       bearers: Callable[[], Sequence[Beneficiary]], facts: NameFacts) -> list[Beneficiary]:
        """The rivals of a best candidate that fits and that chance does not explain (people with the names it shares
        with the search born on its date, or on the dates a slip away when its date slipped, no more often than
        `coincidence_chance`), without those that chance does explain (more often than that): MAARTIN, née
        GROSJEAN, YVETTE LOUISE MADELEINE MARTHE born that very day, a slip no one else bears, against MARTIN YVETTE
        born a year later, one of the Martin Yvettes a million people hold. Alone, that rival would be a doubt.
        Measured: 46 members answered instead of doubted in 92,000 searches of 18 corpora and 20,000 at the first
        blind generator's million, 10 at the generated million, no other answer changed; a tenth of the bar on the
        best one answered 90 searches of two records of one identity."""
        if not rivals or not self.fits(best_scores) or \
                coincidences(identity, best, bearers, facts, dates_within(best_scores)) > self.coincidence_chance:
            return rivals
        scores = {b.iodas_id: s for s, b in plausible}
        return [b for b in rivals if coincidences(
            identity, b, bearers, facts, dates_within(scores[b.iodas_id])) <= self.coincidence_chance]

    def _a_twin_may_bear_them(self, identity: DeceasedIdentity, best: Beneficiary, facts: NameFacts) -> bool:
        """Only later recorded first names were typed ('Michel' for MOHAMED JEAN-CLAUDE MICHEL) and a twin, born that
        day of that surname, could bear them as his own by chance: twins are `twin_chance` of people, and that times
        the share of records bearing the typed names exceeds `coincidence_chance`. Chance among strangers is the
        coincidence test's; a twin shares the surname and the birth day by birth, so only his first names tell."""
        if identity.birth_date == best.birth_date and both_names_agree(identity, best, floor=1.0):
            return False  # a twin sister bears her birth name, seldom her married name too
        return only_later_names_agree(identity, best) and self._a_twin_could_share(identity, best, facts)

    def _a_twin_could_share(self, identity: DeceasedIdentity, best: Beneficiary, facts: NameFacts) -> bool:
        """A twin, who shares surname and birth day by birth, would bear the first names the typed and recorded
        ones share by chance: twins are `twin_chance` of people, and that times the share of records bearing those
        names exceeds `coincidence_chance`."""
        return self.twin_chance * facts.chance_of_agreeing(
            identity.first_names, " ".join(best.first_names)) > self.coincidence_chance

    def _aided_after_death(self, identity: DeceasedIdentity, best: Beneficiary, scores: FieldScores) -> bool:
        """A fit that rests on a slip, whose every recorded aid started after the death typed: the record's person was
        alive to be granted it, so the deceased is a namesake, or the death date was mistyped (`aids_after_death`
        0 turns the test off, for an extract whose aid dates are decision dates, which may follow a death). An
        exact fit is not questioned: an extract whose aid dates were not drawn with the deaths would defer them all."""
        return bool(self.aids_after_death) and scores.inexact() > 0 and bool(best.aids) and \
            all(aid.start > identity.death_date for aid in best.aids)

    def _remarried(self, identity: DeceasedIdentity, best: Beneficiary, facts: NameFacts) -> bool:
        """Her birth name, every recorded first name and the very birth day are the record's, only the married name
        is another: a woman remarried (or divorced and remarried) since the record was written, unless a twin
        sister, married into another family, could bear those first names by chance (`twin_chance` times their
        share of records above `coincidence_chance`: two sisters seldom share a name, unless it is 'Marie'). A
        recorded first name the clerk did not type may be the sister's own ('Mary' for MARY JESSICA): a doubt."""
        return identity.birth_date == best.birth_date and every_recorded_name_typed(identity, best) \
            and not self._a_twin_could_share(identity, best, facts)

    def _entered_twice(self, identity: DeceasedIdentity, best: Beneficiary,
                       plausible: Sequence[tuple[FieldScores, Beneficiary]],
                       bearers: Callable[[], Sequence[Beneficiary]], candidates: Sequence[Beneficiary],
                       facts: NameFacts) -> list[Beneficiary]:
        """The other records that read as the best one's copy with a slip: the same usage name, birth name (when
        both hold one) and first names, each within a slip, born within a slip. The same person entered twice (her
        aids may be split between the two files), unless namesakes born that close, on the day itself for a copy
        born that day, are common enough by chance here (`coincidence_chance`). The copy is a plausible candidate,
        or a woman born that day, of the same usage name, whose record lacks the birth name by which the clerk
        searched her (only those: comparing every woman born that day cost 14 % of the searches' time at 1M)."""
        usage = name_key(best.usage_name)
        copies = [other for other in (*(b for _, b in plausible), *(  # that lost her birth name: her usage name
            c for c in candidates if c.birth_date == identity.birth_date
            and self.may_lack_birth_name(identity, c.sex, c.birth_name, c.birth_date)
            and name_key(c.usage_name) == usage)) if other is not best and _copy_with_a_slip(best, other)]
        return [copy for copy in copies if coincidences(
            _as_both_records_read(identity, best, copy), best, bearers, facts,
            1 if copy.birth_date == best.birth_date else SLIP_DATES) <= self.coincidence_chance]

    def _leading(self, people: Sequence[Beneficiary], evidence: tuple[CandidateEvidence, ...],
                 identity: DeceasedIdentity, facts: NameFacts, last: bool = False) -> tuple[CandidateEvidence, ...]:
        """The evidence led (or, `last`, followed) by the people a decision names or doubts between, marked so and
        scored if the search did not score them (names typed crossed, a woman whose birth name is unknown, a copy
        that lost it): an agent settles a doubt by choosing among the evidence, and the maisons of the people it
        doubts between are told."""
        ids = {b.iodas_id for b in people}
        named = tuple(replace(next((e for e in evidence if e.iodas_id == b.iodas_id), None) or CandidateEvidence(
            iodas_id=b.iodas_id, score=(s := score(identity, b, facts)).total(self.weights), field_scores=s.as_dict()),
            in_doubt=True) for b in dict.fromkeys(people))
        rest = tuple(e for e in evidence if e.iodas_id not in ids)
        if last:
            return rest[:EVIDENCE_LIMIT] + named
        return (named + rest)[:max(EVIDENCE_LIMIT, len(named))]

    def match(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary],
              facts: NameFacts = NO_FACTS) -> MatchResult:
        near, to_triage, to_cross, born_elsewhere = _sorted(candidates)
        comparable, homonyms, by_first_name = self._triage(identity, to_triage)
        comparable += self._seldom_by_chance(identity, by_first_name, lambda: homonyms, facts)
        scored = sorted(((score(identity, b, facts), b) for b in comparable),
                        key=lambda pair: (-pair[0].total(self.weights), pair[1].iodas_id))
        evidence = tuple(
            CandidateEvidence(iodas_id=b.iodas_id, score=s.total(self.weights), field_scores=s.as_dict())
            for s, b in scored[:EVIDENCE_LIMIT]
        )
        considered = _considered(len(candidates), len(scored))
        plausible = [(s, b) for s, b in scored
                     if (self.fits(s) or self.is_plausible(s) or self._her_two_names_and_a_slip(identity, s, b))
                     and not self._swapped_and_slipped_by_chance(identity, s, b, homonyms, facts)
                     and not self._partly_named_by_chance(identity, s, b, homonyms, facts)]
        if not plausible:
            exact, close, doubtful = self._crossed(identity, to_cross, facts)
            if len(exact) == 1 and not close and self._seldom_a_first_name(identity, facts):
                return _result(MatchStatus.UNIQUE, f"nom et prénoms saisis l'un pour l'autre ({considered})",
                               self._leading(exact, evidence, identity, facts), exact[0])
            if crossed := exact + close + doubtful:
                return _result(MatchStatus.AMBIGUOUS, f"{len(crossed)} bénéficiaire(s) né(s) ce jour-là dont le nom "
                               f"et les prénoms seraient intervertis : à vérifier ({considered})",
                               self._leading(crossed, evidence, identity, facts))
            if wives := self._unknown_birth_name(identity, near, facts):
                days = "ce jour-là" if all(w.birth_date == identity.birth_date for w in wives) else \
                    "ce jour-là ou à la date aux jour et mois inversés"
                # A record without its sex is counted as a woman's: the agent is told so.
                who = f"{len(wives)} femme(s) née(s)" if all(w.sex == "F" for w in wives) else \
                    f"{len(wives)} femme(s) ou personne(s) de sexe non renseigné née(s)"
                return _result(MatchStatus.AMBIGUOUS, f"{who} {days}, de mêmes prénoms, "
                               f"dont le dossier ne porte qu'un nom, autre que celui saisi : peut-être la défunte "
                               f"sous son nom d'épouse ou de naissance, à vérifier ({considered})",
                               self._leading(wives, evidence, identity, facts))
            return _result(MatchStatus.NO_MATCH, f"aucun bénéficiaire ne correspond ({considered})", evidence)
        best_scores, best = plausible[0]
        floor = best_scores.total(self.weights) - self.margin
        # The bearers of the name born elsewhere are built only when a rule counts them (a close date).
        bearers = cache(lambda: homonyms + self._triage(identity, born_elsewhere())[1] + [
            b for s, b in scored if b is not best and self.bears_the_name(s)])
        rivals = [b for s, b in plausible[1:] if s.total(self.weights) > floor or _better_somewhere(s, best_scores)]
        rivals = rivals_to_her_two_names(identity, best, best_scores, rivals)
        rivals = self._no_in_laws(identity, best, rivals)
        rivals = self._beside_chance(identity, best_scores, best, rivals, plausible, bearers, facts)
        copies: list[Beneficiary] = []
        if rivals:
            reason = f"{len(rivals) + 1} bénéficiaires correspondent presque également ({considered})"
        elif not self.fits(best_scores) and not a_wife_s_unchecked_name(identity, best, best_scores) and not (
                (dates := self._two_slips(best_scores))
                and coincidences(identity, best, bearers, facts, dates) <= self.coincidence_chance / 10):
            reason = (f"date de naissance présumée (le 1er janvier ou le 31 décembre pour l'année seule) : "
                      f"à vérifier ({considered})" if only_the_year_agrees(identity.birth_date, best.birth_date)
                      else f"correspondance partielle à vérifier ({considered})")
        elif best_scores.birth_date < 1.0 and (self._namesakes(identity, best, bearers()) or (
                best_scores.birth_date != SWAPPED
                and coincidences(identity, best, bearers, facts, SLIP_DATES) > self.coincidence_chance)):
            reason = f"date approchée et {len(bearers())} homonyme(s) : à vérifier ({considered})"
        elif not leading_first_names_agree(identity, best, facts) and (
                best_scores.birth_date < 1.0
                or (not _kept_one_of_the_typed_names(identity, best, plausible)
                    and coincidences(identity, best, bearers, facts, 1) > self.coincidence_chance)):
            reason = (f"prénoms partiels ou dans un autre ordre, date approchée ou nom courant : à vérifier "
                      f"({considered})")
        elif best_scores.surname < 1.0 and (
                two_families(identity, best, facts) or spelt_otherwise(identity, best, facts)
                or (not a_slip_of_the_whole_name(identity, best)
                    and coincidences(identity, best, bearers, facts, 1) > self.coincidence_chance)):
            reason = f"nom approché, courant ou d'une autre famille : à vérifier ({considered})"
        elif other_birth_families(identity, best, self.field_floor):
            reason = (f"nom de naissance saisi différent de celui du dossier : peut-être une belle-sœur, à vérifier "
                      f"({considered})")
        elif other_married_names(identity, best, self.surname_doubt_floor) \
                and not self._remarried(identity, best, facts):
            reason = (f"nom d'usage saisi différent de celui du dossier : peut-être une sœur mariée dans une autre "
                      f"famille, ou un remariage, à vérifier ({considered})")
        elif self._a_twin_may_bear_them(identity, best, facts):
            reason = (f"seuls des prénoms secondaires du dossier ont été saisis ; un jumeau pourrait les porter : "
                      f"à vérifier ({considered})")
        elif copies := self._entered_twice(identity, best, plausible, bearers, near, facts):
            reason = (f"{_how_alike(best, copies)} : peut-être la même personne saisie deux fois, à vérifier "
                      f"({considered})")
        elif self._aided_after_death(identity, best, best_scores):
            reason = (f"toutes les aides du dossier ont commencé après la date de décès saisie : une autre "
                      f"personne, ou une erreur de date, à vérifier ({considered})")
        else:
            return _result(MatchStatus.UNIQUE, f"un seul bénéficiaire correspond ({considered})", evidence, best)
        evidence = self._leading([best, *rivals, *copies], evidence, identity, facts)
        # A woman whose record lacks the birth name typed may be the deceased too: the agent is offered her.
        wives = [w for w in self._unknown_birth_name(identity, near, facts) if w is not best]
        return _result(MatchStatus.AMBIGUOUS, reason, self._leading(wives, evidence, identity, facts, last=True))


@lru_cache(maxsize=100_000)
def _first_names_as_surname(first_names: str) -> tuple[TypedName, ...]:
    names = [name for name in given_names(first_names) if name not in PARTICLES]
    return typed_names(first_names) if len(names) == 1 else ()


def _kept_one_of_the_typed_names(identity: DeceasedIdentity, best: Beneficiary,
                                 plausible: Sequence[tuple[FieldScores, Beneficiary]]) -> bool:
    """A legacy record that kept a single first name, one of several the clerk typed but not the first ('Alexandre
    Charles' for BERNARD CHARLES: the name he went by, or names typed in another order), and no one else plausible:
    judged as a fit whose first names agree, chance among namesakes born that day not counted. A record holding
    several first names of which only later ones were typed keeps the test: 'Martin Michèle' born that day is as
    often a namesake of MARTIN MARIE MICHELE GERMAINE as she (1 wrong answer in 20,000 at the generated million
    without it); so does a record beside another plausible one (LEFEVRE 'Marcelle' for BARDEL née LEFEVRE RAYMONDE
    MARIE MARCELLE, beside LEFEVRE JACQUELINE born that day: 1 wrong answer at the blind million). Measured: 58
    members answered instead of doubted in 92,000 searches of 18 corpora and 20,000 at the first blind generator's
    million, 14 at the generated million, no other answer changed."""
    return len(plausible) == 1 and len(best.first_names) == 1 and len(given_names(identity.first_names)) > 1


def _as_both_records_read(identity: DeceasedIdentity, best: Beneficiary, copy: Beneficiary) -> DeceasedIdentity:
    """Two namesakes would have to share what both records hold, not only what the clerk typed: a birth name other
    than the usage name, on both records, counts as typed. CHEVALIER née ROUX THERESE twice, born a day apart, is
    one woman entered twice, however common CHEVALIER and THERESE are (the ASH on the copy was missed, the APA on
    the other answered: an audit's case)."""
    if identity.birth_name or not (best.birth_name and copy.birth_name) \
            or name_key(best.birth_name) == name_key(best.usage_name):
        return identity
    return replace(identity, birth_name=best.birth_name)


def _how_alike(best: Beneficiary, copies: Sequence[Beneficiary]) -> str:
    """What the agent will find in the copies: the very names and day, or a slip in one or the other."""
    def names(b: Beneficiary) -> tuple[str, str]:
        return name_key(b.usage_name), " ".join(name_key(n) for n in b.first_names)
    same_names = all(names(c) == names(best) for c in copies)
    same_day = all(c.birth_date == best.birth_date for c in copies)
    several = len(copies) > 1
    who = "d'autres dossiers portent" if several else "un autre dossier porte"
    what = "ces nom et prénoms" if same_names else "ces nom et prénoms à une faute de frappe près"
    born = ("nés" if several else "né") + (" le même jour" if same_day else " à une faute de frappe près")
    return f"{who} {what}, {born}"


def _copy_with_a_slip(one: Beneficiary, other: Beneficiary) -> bool:
    """Two records of one identity but for slips: usage names, birth names when both hold one, first names and
    birth dates each alike within a slip."""
    return surname_similarity(one.usage_name, other.usage_name) >= SLIP \
        and (not (one.birth_name and other.birth_name) or surname_similarity(one.birth_name, other.birth_name) >= SLIP) \
        and recorded_first_names_agree(one.first_names, other.first_names) \
        and birth_date_score(one.birth_date, other.birth_date) >= ONE_DIGIT


def _sorted(candidates: Sequence[Beneficiary]) -> tuple[
        Sequence[Beneficiary], Sequence[Beneficiary], Sequence[Beneficiary], Callable[[], Sequence[Beneficiary]]]:
    """The people born near the date (every rule but the namesakes' count looks only at them, and at those born that
    day), those of them to triage, those of them who may be the deceased with the names crossed, and the bearers of
    the name born elsewhere, when a store sorted them so."""
    if isinstance(candidates, SortedCandidates):
        return candidates.near, candidates.to_triage(), candidates.to_cross(), candidates.born_elsewhere
    return candidates, candidates, candidates, tuple


def _known(b: Beneficiary) -> list[tuple[str, str | None]]:
    """A person's recorded names for `reaching_score`, their sound keys left to compute if needed."""
    return [(name, None) for name in dict.fromkeys((b.usage_name, b.birth_name)) if name]


def crossed_names(identity: DeceasedIdentity) -> DeceasedIdentity:
    """The identity read with the surname in the first-names field and the first names in the surname's."""
    return replace(identity, last_name=identity.first_names, first_names=identity.last_name, birth_name=None)


def _better_somewhere(other: FieldScores, best: FieldScores) -> bool:
    """A plausible other person agrees better on a field where the best one has a slip: who slipped is a guess."""
    return any(mine < 1.0 and other.as_dict()[name] > mine for name, mine in best.as_dict().items())


def _result(status: MatchStatus, reason: str, evidence: tuple[CandidateEvidence, ...],
            beneficiary: Beneficiary | None = None) -> MatchResult:
    return MatchResult(status=status, beneficiary=beneficiary, evidence=MatchEvidence(reason=reason, candidates=evidence))


def _considered(examined: int, compared: int) -> str:
    """How many people the answer weighed, as French writes it: 0 or 1 singular."""
    def plural(n: int) -> str:
        return "s" if n > 1 else ""
    return f"{examined} candidat{plural(examined)} examiné{plural(examined)}, {compared} comparé{plural(compared)}"
