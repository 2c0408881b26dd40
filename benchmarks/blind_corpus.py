#!/usr/bin/env python3
"""Held-out labelled-corpus generator for an identity-matching engine.

Written blind: a helper wrote it in the eighth session from the issue's text alone, never opening the engine,
so that it measures the engine as held-out data would (`benchmarks/corpus.py` and `independent_corpus.py` were
written by the engine's author). Its rates and lists are the helper's; do not tune them to the engine. It simulates

* a département's legacy beneficiary extract (``extract.csv``): one row per
  aid, every row of a person repeating the *legacy* (corrupted) identity;
* notaries' searches for deceased people (``labelled.csv``), each labelled
  ``member`` / ``nonmember`` / ``ambiguous`` from the simulated ground truth;
* a diagnostic sidecar (``cases.csv``: ref, case, related iodas id, links,
  notary tags, legacy tags) saying why each search is easy or hard; ``links``
  (members/ambiguous only) is e.g. ``S1F0D=``: does the search share a
  surname (S), a first name (F) with its own legacy record, and is the birth
  date equal (=) or only one legacy corruption away (1).  It is not part of the required format and
  can be ignored by a scorer.

Usage::

    python -m benchmarks.blind_corpus --variant fr|en --seed N --people P --searches S --out DIR

(Faker's name tables: ``pip install -e '.[bench]'``.)

Everything is drawn from ``random.Random(seed)`` (Faker is only used for its
static name tables, never for its RNG), so a (variant, seed, P, S) tuple
always gives the same corpus.

Model and rates (all in the ``R`` dict below; values are my own judgement)
==========================================================================

Population (the truth)
----------------------
* Beneficiaries are born 1915-1975: 85 % ~ Normal(1936, 10 y) truncated,
  15 % uniform 1940-1975 (younger disability (PCH) beneficiaries).  Sex: 65 %
  women (elderly-care aid recipients are mostly women).
* Surnames, ``fr``: 25 % Faker fr_FR top-400 (rank order only, so weighted
  ~ 1/sqrt(rank): MARTIN ~0.6 % of people, a bit above INSEE's ~0.35 % to
  stress common-name crowding); 5 % hand-made phonetic-twin families
  (Lefèvre/Lefebvre, Thibault/Thibaut/Thibaud ...); 4 % particles and Breton
  or compound forms (de La Fontaine, Le Goff, N'Diaye, d'Almeida, Van Damme,
  Di Maggio ...); 12 % immigrant origin (Italian, Spanish, Portuguese,
  Alsatian/German from Faker tables; Maghreb, West-African, Polish hand
  lists); 12 % francophone long tail (Faker fr_CA + fr_CH); 42 % synthetic
  French long tail (root [+ infix 30 %] + suffix, ~6 000 main forms) so that most people
  have a rare surname as in reality.  1.2 % of surnames are double names
  joined by a hyphen (Dupont-Moreau).
* Surnames, ``en``: each person is American (55 %) or British (45 %).  US:
  40 % Faker en_US (census weights), 27 % Irish/UK tail (Faker en_IE), 23 %
  synthetic English, 10 % hand list (twins Smith/Smyth, Reid/Reed, Mc/Mac/O',
  double-barrelled).  UK: 40 % Faker en_GB (population weights), 25 % en_IE,
  25 % synthetic, 10 % hand list.
* First names: hand-written lists of French (and British/American) names with
  a base weight, a peak birth year and a spread, so a 1920 baby is likely a
  Marcel/Germaine and a 1965 baby a Philippe/Sylvie; compound names such as
  Jean-Pierre, Marie-Thérèse are single tokens.  Number of given names: fr
  1/2/3/4 = 15/35/35/15 %; en 1/2/3 = 20/65/15 %.  Secondary names are drawn
  from an older-era distribution boosted with the classic second names
  (Marie, Joseph, Louis, Jean ...; Ann, Marie, Lee, Lynn, Mae ...).  Half the
  people of immigrant origin get origin first names (Giuseppe, José, Fatima...).
* Women: 82 % (en 85 %) carry a husband's surname as usage name (married or
  widowed), the rest use their birth name; 1.5 % of married women have a
  composite usage name "Husband-Birth".  Men: usage name = birth name.

Relatives inside the extract (they make *member* searches hard)
---------------------------------------------------------------
Each generated beneficiary ("anchor") also brings, with probability: spouse
9 %, sibling 3 %, same-named parent/child 1.2 %, into the extract; and 1.1 % of
anchors are recorded twice or three times (90/10) with a strictly identical
legacy identity (same person entered twice, or undistinguishable homonyms).

Legacy corruption of each extract record (applied once per person)
------------------------------------------------------------------
* upper case, accents stripped (LEFÈVRE -> LEFEVRE, Œ -> OE);
* apostrophes kept 75 % / dropped 15 % (NDIAYE) / spaced 10 % (N DIAYE);
  multi-word names squashed 15 % (DELAFONTAINE, LEGOFF); a lower-case noble
  particle dropped 8 % (LA FONTAINE); hyphen in a double surname -> space
  12 %, first part only 3 %;
* surname typo 6 % (en 8 %), first-name typo 4 % (en 6 %) (transposition 30 %, doubled letter
  20 %, missing letter 25 %, keyboard neighbour AZERTY/QWERTY 15 %, phonetic
  spelling 10 %; ``en`` also OCR confusions RN/M, CL/D, I/L, VV/W... 20 %);
* first names: only the first kept 55 % (en: middle names missing 45 %, middle
  initial kept 10 %); hyphen of a compound first name lost 10 % (which may
  leave "JEAN" if only the first token is kept); nickname as first name
  (en only) 3 %;
* birth date: day/month swapped 3 % (en 5 %) when day <= 12 and day != month;
  one wrong digit in the year 1.5 % (en 2 %; units digit 70 %, tens 30 %);
* married women: birth name left empty 25 %; recorded under the birth name
  as usage name 3 %.
* 1-3 aids per person (62/29/9 %), codes by eligibility (APA from age 60 and
  2002, ASH from 60, AM from 65, PCH from 2006 with onset before 60/75),
  ``maison_code`` MDR01-MDR09 (unequal weights, 10 % of second aids in another
  maison, 50 % of duplicates in another maison), 40-55 % of aids closed.

Notary side (searches)
----------------------
* identity copied from the death certificate: the *true* birth date;
* last name: married women usage name 70 % / birth name 30 %; birth_name field
  filled 60 % for married women, 30 % for others (where it repeats the name);
* first names: all 45 % / only the first 35 % / a subset 20 % (containing the
  first name 70 % of the time); multi-name order shuffled 15 %; hyphen dropped in compounds 30 %; comma separators 5 %
  (civil-status style "Jean, Pierre"); en: middle initials 8 %, nickname 2 %;
* case: surnames upper 60 % / as written 40 %, first names as written 70 %;
  accents dropped 30 % (fr); particles squashed 5 %, hyphen -> space 8 %;
* one typo in 4 % of searches (en 6 %) (surname 65 %, a first name 35 %);
* death date in 2012-01-01..2026-10-31, biased towards recent years, age at
  death <= 110 and >= 35; death place drawn from a weighted town list.

Search mix (default S = 5000)
-----------------------------
* member 50 % (beneficiaries drawn with an age-at-death plausibility weight);
* ambiguous 4 % (one search per duplicate group; ids = the whole group);
* nonmember 46 %, of which: same-named father/son (or mother/daughter),
  birth ~ Normal(29, 4.5) y apart clipped to 22-40, 15 %; sibling (other
  first name, 1-12 y apart, 3 % twins) 15 %; spouse (husband ~2.5 +- 4 y
  older) 15 %; member of a phonetic-twin family (Lefebvre for a Lefèvre) 10 %;
  namesake sharing surname + first name 15 %; ordinary stranger 30 %.
* A "non-member" is rejected and redrawn if any extract person (true identity
  or legacy record) could be the same person under the corruption model:
  similar surname (same phonetic key, same part, or small edit distance) AND
  a shared first-name token AND a birth date equal / day-month swapped /
  one year digit away.  So every non-member label is defensible.
* Non-member relatives may be born 1908-1980 (a beneficiary's father or son
  can fall outside 1915-1975); strangers follow the beneficiaries' birth and
  age-at-death distributions, so neither leaks the label.
* The number of ambiguous searches is capped by the number of duplicate groups
  (about 0.5 per 100 people), so tiny corpora may have none.
* Accidental exact collisions between distinct extract persons (same usage
  name, first given name and birth date) are removed by nudging a birth date;
  only the designed duplicate groups share an identity.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import math
import os
import random
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypedDict, TypeVar

try:  # Faker is used only for its static, frequency-ordered name tables.
    from faker.providers.person.fr_FR import Provider as _FR
    from faker.providers.person.fr_CA import Provider as _FRCA
    from faker.providers.person.fr_CH import Provider as _FRCH
    from faker.providers.person.it_IT import Provider as _IT
    from faker.providers.person.es_ES import Provider as _ES
    from faker.providers.person.pt_PT import Provider as _PT
    from faker.providers.person.de_DE import Provider as _DE
    from faker.providers.person.en_US import Provider as _US
    from faker.providers.person.en_GB import Provider as _GB
    from faker.providers.person.en_IE import Provider as _IE
    HAVE_FAKER = True
except Exception:  # pragma: no cover - standard-library fallback
    HAVE_FAKER = False

D = dt.date
WINDOW_LO = D(2012, 1, 1)      # earliest death searched by a notary
LAST_DAY = D(2026, 10, 31)     # extract snapshot / latest death

# --------------------------------------------------------------------------
# Rates (see module docstring)
# --------------------------------------------------------------------------


class VariantRates(TypedDict):
    """Rates that differ between the ``fr`` and ``en`` variants."""

    married: float
    n_first: list[tuple[int, int]]
    dm_swap: float
    year_digit: float
    first_only: float
    middle_initial: float
    nickname_legacy: float
    nickname_notary: float
    accents_drop: float
    comma: float
    origin_first: float
    typo_surname: float
    typo_first: float
    n_typo: float


class Rates(TypedDict):
    """Type of the ``R`` table below."""

    female: float
    fr: VariantRates
    en: VariantRates
    compound_usage: float
    double_surname: float
    x_spouse: float
    x_sibling: float
    x_homonym: float
    dup: float
    dup3: float
    hyphen_first_lost: float
    bn_empty: float
    under_birth_name: float
    apos_drop: float
    apos_space: float
    squash: float
    particle_drop: float
    dbl_space: float
    dbl_first_part: float
    n_last_birth: float
    n_bn_married: float
    n_bn_other: float
    n_all: float
    n_first: float
    n_shuffle: float
    n_hyphen_drop: float
    n_upper_last: float
    n_upper_first: float
    n_squash: float
    n_hyphen_space: float
    n_place_upper: float
    n_middle_initial: float
    s_member: float
    s_ambiguous: float
    nm_mix: list[tuple[str, int]]


R: Rates = {
    "female": 0.65,
    "fr": VariantRates(married=0.82, n_first=[(1, 15), (2, 35), (3, 35), (4, 15)],
               dm_swap=0.03, year_digit=0.015, first_only=0.55, middle_initial=0.0,
               nickname_legacy=0.0, nickname_notary=0.0, accents_drop=0.30,
               comma=0.05, origin_first=0.5, typo_surname=0.06, typo_first=0.04, n_typo=0.04),
    "en": VariantRates(married=0.85, n_first=[(1, 20), (2, 65), (3, 15)],
               dm_swap=0.05, year_digit=0.02, first_only=0.45, middle_initial=0.10,
               nickname_legacy=0.03, nickname_notary=0.02, accents_drop=0.30,
               comma=0.0, origin_first=0.5, typo_surname=0.08, typo_first=0.06, n_typo=0.06),
    "compound_usage": 0.015,
    "double_surname": 0.012,
    # in-extract relatives and duplicates, per anchor
    "x_spouse": 0.09, "x_sibling": 0.03, "x_homonym": 0.012,
    "dup": 0.011, "dup3": 0.10,
    # legacy corruption
    "hyphen_first_lost": 0.10,
    "bn_empty": 0.25, "under_birth_name": 0.03,
    "apos_drop": 0.15, "apos_space": 0.10, "squash": 0.15, "particle_drop": 0.08,
    "dbl_space": 0.12, "dbl_first_part": 0.03,
    # notary rendering
    "n_last_birth": 0.30, "n_bn_married": 0.60, "n_bn_other": 0.30,
    "n_all": 0.45, "n_first": 0.35, "n_shuffle": 0.15, "n_hyphen_drop": 0.30,
    "n_upper_last": 0.60, "n_upper_first": 0.30, "n_squash": 0.05,
    "n_hyphen_space": 0.08, "n_place_upper": 0.2,
    "n_middle_initial": 0.08,
    # search mix
    "s_member": 0.50, "s_ambiguous": 0.04,
    "nm_mix": [("homonym", 15), ("sibling", 15), ("spouse", 15),
               ("phonetic_twin", 10), ("namesake", 15), ("stranger", 30)],
}


def variant_rates(variant: str) -> VariantRates:
    """``R[variant]`` for a variant name (a typed lookup; KeyError if unknown)."""
    if variant == "fr":
        return R["fr"]
    if variant == "en":
        return R["en"]
    raise KeyError(variant)


# --------------------------------------------------------------------------
# Small utilities
# --------------------------------------------------------------------------

T = TypeVar("T")


class Weighted(Generic[T]):
    """Weighted sampler over a list of items (cumulative weights + bisect)."""

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        self.items: list[T] = []
        self.cum: list[float] = []
        tot = 0.0
        for item, w in pairs:
            if w > 0:
                tot += w
                self.items.append(item)
                self.cum.append(tot)
        self.total = tot

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)
                          if self.total else 0]


def pick(rng: random.Random, pairs: Iterable[tuple[T, float]]) -> T:
    return Weighted(pairs)(rng)


def strip_accents(s: str) -> str:
    s = (s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
         .replace("Æ", "AE").replace("ß", "ss"))
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def legacy_upper(s: str) -> str:
    return strip_accents(s).upper()


def letters(s: str) -> str:
    return re.sub(r"[^A-Z]", "", legacy_upper(s))


def add_years(d: D, n: float, rng: random.Random | None = None) -> D:
    """Shift a date by a (possibly fractional) number of years."""
    days = int(round(n * 365.2425))
    return d + dt.timedelta(days=days)


def rand_date(rng: random.Random, lo: D, hi: D) -> D:
    return D.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def safe_date(y: int, m: int, d: int) -> D | None:
    try:
        return D(y, m, d)
    except ValueError:
        return None


def date_neighbours(d: D) -> set[D]:
    """Dates a legacy record could show for true date d (and vice versa):
    itself, day/month swapped, one wrong digit in the year."""
    out = {d}
    if d.day <= 12:
        s = safe_date(d.year, d.day, d.month)
        if s:
            out.add(s)
    ys = str(d.year)
    for i in range(4):
        for c in "0123456789":
            if c != ys[i]:
                y = int(ys[:i] + c + ys[i + 1:])
                if 1850 <= y <= 2030:
                    s = safe_date(y, d.month, d.day)
                    if s:
                        out.add(s)
    return out


def damerau(a: str, b: str, cap: int = 3) -> int:
    """Optimal-string-alignment distance (small strings, early exit)."""
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if (prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2]
                    and a[i - 2] == b[j - 1]):
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def phon_key(name: str) -> str:
    """Crude French/English phonetic key, used only by the non-member guard
    (so that LEFEBVRE is treated as a possible spelling of LEFEVRE)."""
    s = letters(name)
    for a, b in [("MAC", "MC"), ("SCH", "CH"), ("PH", "F"), ("TH", "T"),
                 ("BV", "V"), ("CQ", "K"), ("CK", "K"), ("QU", "K"), ("Q", "K"),
                 ("EAUX", "O"), ("EAU", "O"), ("AULT", "O"), ("AUD", "O"),
                 ("AUT", "O"), ("AUX", "O"), ("AU", "O"), ("Y", "I"), ("W", "V"),
                 ("Z", "S"), ("GU", "G"), ("EI", "AI"), ("ER", "E")]:
        s = s.replace(a, b)
    s = re.sub(r"C(?=[EI])", "S", s)
    s = s.replace("C", "K")
    s = re.sub(r"(?<=.)H", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    s = re.sub(r"(?<=..)[TDSXE]+$", "", s)
    return s


# --------------------------------------------------------------------------
# Name tables
# --------------------------------------------------------------------------

# (name, base weight, peak birth year, spread in years)
FirstRow = tuple[str, float, int, float]


def parse_firsts(block: str) -> list[FirstRow]:
    """Lines 'Name weight peak spread' -> list of tuples."""
    out: list[FirstRow] = []
    for line in block.strip().splitlines():
        for chunk in line.split(";"):
            p = chunk.split()
            if len(p) == 4:
                out.append((p[0], float(p[1]), int(p[2]), float(p[3])))
    return out


FR_MALE = parse_firsts("""
Jean 100 1930 25; Pierre 45 1940 25; Michel 55 1945 12; André 45 1925 12; Jacques 45 1940 12
Bernard 40 1945 10; Marcel 35 1920 10; René 35 1922 10; Louis 30 1920 15; Roger 30 1925 10
Daniel 30 1950 10; Alain 35 1955 8; Claude 30 1945 10; Robert 28 1925 12; Gérard 30 1950 8
Henri 25 1920 12; Georges 25 1920 12; Paul 22 1925 15; Joseph 20 1918 12; Christian 25 1955 8
Maurice 22 1920 10; Philippe 30 1962 7; Patrick 28 1960 6; Guy 18 1935 10; Roland 14 1935 10
Marc 15 1960 10; Raymond 20 1922 10; Gilbert 14 1935 10; Lucien 15 1918 10; François 18 1940 20
Yves 16 1945 10; Jean-Pierre 22 1950 8; Jean-Claude 22 1947 8; Jean-Paul 10 1950 8; Jean-Louis 12 1950 8
Jean-Marie 10 1950 10; Jean-Jacques 8 1950 8; Jean-François 8 1958 8; Jean-Michel 8 1958 7; Jean-Luc 7 1960 6
Jean-Yves 4 1955 8; Jean-Marc 4 1958 8; Serge 14 1950 8; Gilles 12 1958 7; Christophe 15 1970 4
Pascal 16 1964 5; Thierry 16 1963 5; Éric 18 1965 5; Dominique 14 1955 8; Didier 14 1960 6
Francis 10 1945 10; Joël 8 1955 8; Jacky 5 1950 8; Albert 14 1915 12; Émile 12 1912 10
Fernand 12 1915 10; Gaston 8 1912 8; Léon 10 1912 10; Marius 6 1912 10; Eugène 8 1910 10
Charles 12 1920 15; Edmond 6 1915 10; Jules 7 1910 10; Antoine 8 1930 20; Victor 6 1915 12
Armand 6 1920 10; Gabriel 5 1920 15; Hervé 10 1962 6; Bruno 10 1963 6; Laurent 12 1970 5
Frédéric 10 1972 4; Stéphane 10 1972 4; Olivier 10 1968 5; Denis 10 1955 8; Noël 6 1935 15
Norbert 4 1935 10; Yvon 5 1940 10; Hubert 5 1935 10; Régis 5 1958 8; Max 4 1925 10
Félix 4 1915 10; Ernest 5 1912 8; Alphonse 4 1910 8; Clément 3 1920 15; Germain 3 1920 12
Étienne 5 1935 20; Alexandre 4 1930 20; Xavier 5 1960 8; Vincent 6 1968 6; Patrice 8 1960 6
Fabrice 6 1968 5; Sylvain 4 1970 5; Nicolas 5 1972 4; Jérôme 4 1972 4; Lionel 4 1965 6
Yannick 4 1965 6; Benoît 3 1965 6; Guillaume 2 1975 4; Raymond 4 1930 10; Gérald 3 1950 8
Jacky 2 1955 8; Yvan 3 1950 8; Camille 3 1915 10; Auguste 4 1910 8; Léopold 3 1915 10
""")

FR_FEMALE = parse_firsts("""
Marie 40 1925 25; Jeanne 35 1920 12; Monique 35 1945 10; Françoise 32 1948 10; Jacqueline 32 1935 10
Nicole 30 1945 9; Denise 28 1928 10; Simone 28 1925 10; Madeleine 25 1922 10; Germaine 25 1918 8
Suzanne 25 1922 10; Yvette 22 1930 10; Marcelle 20 1920 8; Colette 18 1935 10; Odette 18 1925 8
Paulette 18 1928 8; Christiane 20 1943 9; Michèle 20 1948 8; Danielle 18 1950 8; Josette 14 1938 8
Renée 18 1925 10; Andrée 16 1925 10; Lucienne 15 1920 8; Yvonne 22 1920 10; Marguerite 20 1915 10
Louise 16 1915 12; Hélène 12 1935 15; Georgette 10 1920 8; Raymonde 10 1922 8; Henriette 10 1915 10
Gisèle 12 1935 8; Ginette 12 1935 8; Huguette 10 1935 8; Janine 14 1935 8; Jeannine 12 1935 8
Annie 12 1952 8; Anne-Marie 14 1950 10; Marie-Thérèse 10 1935 12; Marie-Louise 8 1925 12; Marie-Claude 8 1948 8
Marie-France 6 1950 8; Marie-Christine 7 1955 7; Marie-Hélène 5 1955 8; Marie-José 5 1950 8; Marie-Jeanne 4 1930 10
Sylvie 20 1964 6; Martine 22 1955 7; Catherine 22 1960 9; Nathalie 20 1970 5; Isabelle 20 1968 6
Brigitte 16 1957 7; Chantal 18 1955 7; Christine 18 1958 8; Évelyne 10 1955 8; Élisabeth 10 1950 15
Anne 10 1955 15; Claudine 12 1948 8; Dominique 12 1958 8; Geneviève 12 1940 12; Bernadette 12 1942 10
Thérèse 12 1920 12; Claire 6 1950 15; Mireille 10 1948 10; Arlette 8 1935 8; Lucette 8 1932 8
Éliane 8 1935 10; Micheline 10 1935 8; Solange 8 1935 10; Berthe 8 1910 8; Marthe 10 1912 10
Alice 8 1915 12; Juliette 6 1918 12; Fernande 8 1918 8; Gabrielle 6 1918 12; Blanche 5 1915 10
Léontine 4 1910 6; Eugénie 4 1910 8; Francine 8 1948 8; Liliane 10 1940 10; Josiane 8 1948 8
Joëlle 6 1955 7; Pascale 8 1963 6; Véronique 12 1965 6; Valérie 14 1968 5; Sandrine 10 1972 4
Corinne 10 1965 5; Patricia 12 1962 6; Béatrice 8 1962 7; Florence 8 1965 7; Agnès 6 1958 10
Laurence 8 1965 6; Sophie 6 1970 5; Odile 6 1945 12; Irène 6 1925 12; Paule 4 1930 10
Régine 6 1950 8; Jocelyne 8 1950 8; Gilberte 6 1925 8; Maryse 5 1950 8; Viviane 5 1950 8
Claudette 6 1938 8; Nadine 10 1958 7; Maryvonne 4 1945 8; Annick 6 1952 8; Rolande 4 1930 8
Lucie 5 1915 12; Augustine 4 1910 8; Roselyne 4 1950 8; Danièle 6 1948 8; Édith 5 1940 10
Ghislaine 5 1945 10; Muriel 6 1968 5; Karine 5 1973 4; Stéphanie 4 1975 4; Yolande 5 1930 10
Jeanine 8 1935 8; Joséphine 4 1915 12; Rose 3 1915 12
""")

# extra weight of typical *second* given names
FR_SECOND_M = {"Jean": 30, "Joseph": 25, "Louis": 25, "Pierre": 20, "Marie": 10, "Henri": 10,
               "François": 10, "Paul": 10, "Auguste": 5, "Julien": 4, "Marcel": 5, "Émile": 5,
               "Eugène": 4, "Albert": 5, "André": 8, "Baptiste": 3, "Victor": 4, "Alexandre": 3}
FR_SECOND_F = {"Marie": 80, "Jeanne": 15, "Louise": 12, "Thérèse": 8, "Joséphine": 6, "Anne": 8,
               "Françoise": 5, "Madeleine": 5, "Yvonne": 5, "Rose": 6, "Hélène": 4,
               "Marguerite": 8, "Lucie": 5, "Augustine": 4, "Claire": 4, "Germaine": 4}

EN_MALE = parse_firsts("""
John 100 1935 25; James 80 1945 25; Robert 85 1940 20; William 75 1930 25; Richard 50 1950 15
Charles 45 1930 20; David 60 1955 15; Thomas 40 1945 25; George 35 1925 15; Michael 60 1960 12
Joseph 40 1935 20; Donald 30 1935 12; Ronald 28 1940 12; Kenneth 25 1940 12; Edward 25 1930 20
Paul 22 1955 12; Frank 20 1925 12; Harold 20 1920 10; Raymond 18 1930 12; Walter 18 1920 10
Arthur 20 1918 12; Albert 15 1915 10; Jack 12 1925 15; Henry 14 1920 15; Peter 22 1950 12
Brian 20 1960 10; Alan 18 1950 12; Anthony 18 1955 12; Stephen 22 1960 10; Mark 22 1965 7
Gary 18 1962 7; Steven 18 1962 7; Christopher 15 1970 6; Timothy 12 1962 7; Daniel 12 1962 10
Kevin 14 1965 7; Larry 14 1950 8; Jerry 12 1945 10; Dennis 14 1948 10; Gerald 12 1940 10
Roger 12 1945 12; Keith 10 1955 10; Terry 10 1955 8; Barry 8 1952 8; Colin 6 1955 10
Derek 6 1955 10; Trevor 6 1958 8; Graham 6 1958 8; Ian 8 1958 8; Malcolm 6 1950 10
Norman 10 1930 10; Stanley 12 1925 12; Leonard 10 1925 12; Ernest 10 1915 10; Frederick 12 1920 12
Alfred 10 1915 10; Herbert 8 1915 10; Eric 10 1945 15; Roy 10 1935 12; Philip 12 1950 12
Andrew 12 1965 8; Martin 8 1960 10; Patrick 8 1955 12; Ralph 8 1930 10; Eugene 8 1930 12
Carl 8 1955 10; Howard 8 1935 12; Lawrence 8 1940 12; Samuel 8 1925 15; Francis 10 1930 15
Douglas 10 1945 12; Gordon 8 1940 12; Leslie 8 1930 12; Clifford 6 1925 10; Sidney 6 1918 10
Cyril 5 1918 10; Reginald 5 1918 10; Wayne 6 1962 6; Scott 6 1968 6; Jeffrey 8 1962 7
Bruce 6 1955 8; Craig 5 1965 6; Russell 5 1958 10; Nigel 4 1962 6; Neil 6 1960 8
Simon 4 1968 6; Jonathan 4 1970 6; Matthew 4 1973 4; Harry 10 1920 15; Louis 6 1925 15
Vincent 5 1935 15; Alexander 4 1940 20; Bernard 6 1930 12; Clarence 5 1920 10; Earl 5 1930 10
Willie 5 1925 15; Leroy 4 1935 10; Harvey 3 1935 12; Victor 4 1930 15; Dale 4 1950 10
""")

EN_FEMALE = parse_firsts("""
Mary 100 1930 25; Patricia 50 1945 10; Linda 45 1950 7; Barbara 45 1945 10; Elizabeth 40 1940 25
Margaret 45 1930 15; Dorothy 35 1925 10; Helen 30 1920 12; Betty 30 1930 10; Ruth 22 1925 12
Shirley 25 1937 8; Joan 25 1935 10; Jean 20 1930 12; Doris 18 1925 10; Sandra 25 1950 8
Carol 25 1945 8; Susan 35 1958 8; Nancy 25 1945 10; Karen 25 1963 6; Donna 20 1958 8
Sharon 20 1955 8; Deborah 20 1958 6; Judith 18 1945 8; Janet 18 1950 10; Joyce 15 1935 10
Frances 15 1925 12; Virginia 15 1925 12; Evelyn 15 1925 12; Marie 12 1930 15; Alice 12 1920 15
Florence 12 1915 10; Gladys 10 1918 8; Edna 10 1915 8; Ethel 10 1915 8; Irene 10 1925 12
Lillian 8 1920 10; Mildred 10 1920 8; Josephine 8 1920 12; Pauline 10 1940 12; Sheila 10 1950 10
Brenda 12 1955 8; Pamela 14 1955 8; Maureen 10 1945 10; Christine 14 1958 10; Valerie 10 1950 10
Gillian 6 1955 8; Jacqueline 10 1955 10; Elaine 10 1955 10; Anne 12 1950 15; Ann 12 1940 15
Kathleen 14 1945 12; Eileen 10 1930 12; Marjorie 10 1925 10; Hilda 8 1915 8; Vera 8 1918 10
Iris 6 1925 10; Beryl 5 1928 10; Muriel 6 1920 10; Sylvia 8 1935 12; Audrey 8 1932 10
Marion 8 1930 12; Phyllis 10 1925 10; Rita 6 1935 10; Julie 10 1968 6; Lisa 12 1968 5
Kimberly 8 1970 5; Michelle 10 1968 6; Tracy 6 1968 5; Angela 10 1965 8; Diane 12 1952 8
Janice 10 1950 8; Cheryl 8 1958 7; Denise 8 1958 8; Wendy 6 1962 7; Lorraine 6 1950 10
Jennifer 10 1972 5; Catherine 8 1955 15; Teresa 6 1960 10; Rose 8 1920 15; Grace 6 1915 12
Annie 6 1915 12; Emma 4 1915 10; Edith 8 1915 10; Elsie 6 1918 10; Ivy 4 1918 10
Winifred 5 1918 10; Nellie 4 1915 10; Kathryn 5 1955 12; Katherine 6 1950 15; Martha 8 1925 15
Louise 6 1940 20; Gloria 8 1935 10; Peggy 6 1935 10; Joanne 6 1960 8; Debra 8 1958 6
Cynthia 8 1958 8; Theresa 6 1955 10; Bonnie 6 1945 10; Lynn 4 1955 10; Anne-Marie 2 1955 12
""")

EN_SECOND_M = {"Lee": 15, "Edward": 12, "James": 20, "John": 18, "William": 15, "Joseph": 12,
               "Thomas": 10, "Allen": 10, "Wayne": 8, "Ray": 8, "Dean": 6, "Eugene": 5,
               "Francis": 6, "Henry": 8, "Arthur": 8, "Paul": 8, "Michael": 8, "Charles": 10,
               "Alan": 8, "George": 10}
EN_SECOND_F = {"Ann": 25, "Anne": 15, "Marie": 20, "Louise": 15, "Lee": 8, "Lynn": 10, "Mae": 10,
               "Jean": 10, "Elizabeth": 20, "Mary": 12, "Margaret": 10, "Rose": 8, "May": 8,
               "Elaine": 6, "Kay": 6, "Jane": 10, "Ellen": 6, "Frances": 5, "Joan": 5}

EN_NICK = {"William": ["Bill", "Billy", "Will"], "Robert": ["Bob", "Bobby", "Rob"],
           "Richard": ["Dick", "Rick"], "James": ["Jim", "Jimmy"], "John": ["Jack", "Johnny"],
           "Margaret": ["Peggy", "Maggie", "Margie"], "Elizabeth": ["Betty", "Liz", "Beth"],
           "Catherine": ["Kate", "Cathy"], "Katherine": ["Kathy", "Kate"], "Kathleen": ["Kathy"],
           "Joseph": ["Joe"], "Thomas": ["Tom", "Tommy"], "Charles": ["Charlie", "Chuck"],
           "Edward": ["Ed", "Ted", "Eddie"], "Anthony": ["Tony"], "Michael": ["Mike", "Mick"],
           "Patricia": ["Pat", "Patty"], "Dorothy": ["Dot", "Dottie"], "Susan": ["Sue"],
           "Deborah": ["Debbie"], "Frederick": ["Fred"], "Albert": ["Bert", "Al"],
           "Alfred": ["Alf", "Fred"], "Henry": ["Harry", "Hank"], "Samuel": ["Sam"],
           "Daniel": ["Dan", "Danny"], "Jennifer": ["Jenny"], "Kenneth": ["Ken"],
           "Ronald": ["Ron", "Ronnie"], "Donald": ["Don"], "Gerald": ["Gerry", "Jerry"],
           "Lawrence": ["Larry"], "Leonard": ["Len", "Lenny"], "Stanley": ["Stan"],
           "Christopher": ["Chris"], "Stephen": ["Steve"], "Steven": ["Steve"],
           "Peter": ["Pete"], "Barbara": ["Barb"], "Frances": ["Fran"], "Josephine": ["Jo"],
           "Pamela": ["Pam"], "Sandra": ["Sandy"], "Judith": ["Judy"], "Theresa": ["Terry"],
           "Helen": ["Nell"], "Mary": ["Molly", "Polly"], "Virginia": ["Ginny"],
           "Andrew": ["Andy"], "Timothy": ["Tim"], "Philip": ["Phil"], "Douglas": ["Doug"],
           "Raymond": ["Ray"], "Walter": ["Walt"], "Harold": ["Harry", "Hal"],
           "Reginald": ["Reg"], "Clifford": ["Cliff"], "Nancy": ["Nan"], "Evelyn": ["Evie"],
           "Florence": ["Flo"], "Valerie": ["Val"], "Christine": ["Chris"], "Gillian": ["Jill"]}

ORIGIN_FIRST = {
    "it": (["Giuseppe", "Antonio", "Giovanni", "Mario", "Luigi", "Francesco", "Angelo", "Pietro",
            "Carlo", "Bruno", "Salvatore", "Vincenzo"],
           ["Maria", "Giuseppina", "Rosa", "Anna", "Angela", "Teresa", "Carmela", "Lucia",
            "Antonietta", "Concetta"]),
    "es": (["José", "Antonio", "Manuel", "Francisco", "Juan", "Miguel", "Pedro", "Jesús", "Ramón",
            "Ángel"],
           ["María", "Carmen", "Dolores", "Pilar", "Isabel", "Rosario", "Josefa", "Concepción",
            "Mercedes", "Encarnación"]),
    "pt": (["José", "Manuel", "António", "Joaquim", "João", "Fernando", "Armando", "Agostinho"],
           ["Maria", "Ana", "Rosa", "Fernanda", "Conceição", "Rosalina", "Albertina", "Lurdes"]),
    "maghreb": (["Mohamed", "Ahmed", "Ali", "Mohammed", "Abdelkader", "Rachid", "Saïd", "Mustapha",
                 "Belkacem", "Larbi", "Mohand", "Brahim"],
                ["Fatima", "Khadija", "Aïcha", "Zohra", "Fatiha", "Yamina", "Malika", "Zineb",
                 "Houria", "Naïma", "Fatma", "Ouardia"]),
    "westafrica": (["Mamadou", "Moussa", "Amadou", "Ousmane", "Ibrahima", "Abdoulaye", "Souleymane"],
                   ["Aminata", "Fatoumata", "Mariama", "Awa", "Kadiatou", "Aïssatou", "Coumba"]),
    "pl": (["Stanislas", "Jan", "Casimir", "Stefan", "Zygmunt", "Tadeusz"],
           ["Stanislawa", "Janina", "Helena", "Wanda", "Sophie", "Bronislawa"]),
}

FR_TWINS = [g.split("|") for g in """
Lefèvre|Lefebvre|Lefebure Thibault|Thibaut|Thibaud|Thiébaut Renaud|Renault|Renaut
Giraud|Girault|Giraut Arnaud|Arnault|Arnaut Michaud|Michaut|Michaux Perrault|Perrot|Perreau|Pérot
Rousseau|Rousseaux Moreau|Moreaux Chevalier|Chevallier Gauthier|Gautier|Gaultier
Leclerc|Leclercq|Leclère Dupont|Dupond Duchesne|Duchêne|Duchène Deschamps|Dechamps
Leroy|Leroi Colin|Collin Mallet|Malet Perrin|Périn Guérin|Guerrin Marchand|Marchant
Rolland|Roland Besnard|Bénard|Besnart Godard|Godart|Gaudard Foucault|Foucaud|Foucaut
Bertrand|Bertran Lambert|Lamber Philippe|Philipe Mathieu|Matthieu|Mathieux Pottier|Potier
Charrier|Charier Gaillard|Gaillart Bouchard|Bouchart Reynaud|Raynaud|Rainaud Caron|Carron
Lemaître|Lemaistre|Lemettre Lévêque|Lévesque Prévost|Prévot|Provost Denis|Denys
Bailly|Bailli|Baillie Guyot|Guillot|Guiot Masson|Maçon Schmitt|Schmidt|Schmit Meyer|Meier|Mayer
Hénault|Hénaut|Esnault Chauvet|Chauvel Lebrun|Lebrin Thomas|Thomasse Clément|Clémens
""".split()]

EN_TWINS = [g.split("|") for g in """
Smith|Smyth|Smythe Thompson|Thomson|Tomson Stephens|Stevens Stephenson|Stevenson Phillips|Philips
Reid|Reed|Read|Reade Gray|Grey Clark|Clarke Brown|Browne Cook|Cooke Green|Greene Meyer|Meier|Myer
Anderson|Andersen Peterson|Petersen Carr|Kerr MacDonald|McDonald MacKenzie|McKenzie MacLeod|McLeod
Neal|Neil|Neill|Neale Fisher|Fischer Hanson|Hansen Byrne|Burne Jeffries|Jefferies|Jefferys
Matthews|Mathews Allen|Allan|Allyn Lloyd|Loyd Harris|Harries Davis|Davies Johnson|Jonson
Nicholson|Nicolson Bailey|Bayley|Baily Foster|Forster Mitchell|Mitchel Powell|Powel Russell|Russel
Kelly|Kelley Murphy|Murphey Sheppard|Shepherd|Shephard Rogers|Rodgers Hayes|Hays Graham|Grahame
Moore|More|Moor Walsh|Welsh Pearson|Pierson Whitaker|Whittaker Philips|Phillipps Lewis|Louis
""".split()]

FR_PARTICLES = """de La Fontaine;Le Goff;Le Gall;Le Roux;Le Bihan;Le Floch;Le Guen;Le Corre;Le Bras;
Le Meur;Le Berre;Le Du;Le Moal;Le Borgne;Le Breton;Le Bris;Le Cam;Le Gac;Le Page;Le Moigne;Le Bot;
Le Pape;Le Roy;Le Blanc;Le Quéré;Le Hir;Le Lay;Le Guennec;Le Gal;Le Coz;Le Goaziou;Kerbrat;Le Fur;
de Lattre;de La Motte;de Saint-Pierre;de La Roche;de La Haye;de Villiers;de Beaumont;d'Arcy;
d'Aubigny;de La Rue;du Plessis;des Champs;d'Almeida;de Jesus;de Carvalho;van den Berghe;Van Damme;
Van de Velde;Vandenberghe;Saint-Martin;Saint-Germain;Di Maggio;Di Giacomo;D'Angelo;De Luca;
Lo Presti;La Porta;Del Vecchio;Dal Molin;N'Diaye;N'Doye;M'Baye;N'Guessan;Aït Ahmed;Ben Salah;
Ben Amor;El Amrani;Aït Ouali;du Pont;de La Tour;Le Bon;Le Clerc;Le Maître;La Rocca;de Sousa;
Dos Santos;Da Costa;Da Silva;Des Moulins;de Lamarre;du Mesnil;Le Hénaff;Le Dantec"""

MAGHREB = """Benali Belkacem Haddad Bouzid Mansouri Hamidi Brahimi Saidi Benaïssa Cherif Amrani Khelifi
Meziane Boudjema Benyoucef Zerrouki Hadjadj Bouaziz Messaoudi Djebbar Ouali Slimani Taleb Yahiaoui
Rahmani Bensaïd Kaci Larbi Ferhat Belaïd Mebarki Chaouch Boukhari Aouadi Ziani Benamar Kaddour""".split()
WESTAFRICA = """Diallo Traoré Diop Sow Ba Fall Camara Sylla Kanté Koné Cissé Touré Keita Diarra
Coulibaly Dembélé Sissoko Ndiaye Faye Sarr""".split()
POLISH = """Kowalski Nowak Wisniewski Wójcik Kaminski Lewandowski Zielinski Szymanski Wozniak
Kozlowski Jankowski Mazur Krawczyk Grabowski Pawlak Michalski Nowicki Adamczyk Dudek Zajac""".split()

EN_SPECIAL = """O'Neill;O'Brien;O'Connor;O'Sullivan;O'Donnell;O'Reilly;O'Hara;O'Leary;O'Keefe;
McCarthy;McLaughlin;McGregor;McIntyre;MacIntosh;McAllister;MacPherson;McCormick;McKay;McNeil;
Fitzgerald;FitzPatrick;St. John;De Souza;Van Buren;Le Blanc;D'Arcy;De Vries;Van der Berg;
Smith-Jones;Bowes-Lyon;Hamilton-Smith;Lloyd-Jones;Parry-Williams;Vaughan-Thomas;Ap Rhys""".split(";")

FR_ROOTS = """Bouch Chaum Garn Pell Rouss March Bard Chev Fourn Mich Pinc Grel Tourn Vill Bourg Crois
Dauph Fauch Gour Jaun Lapr Marn Moll Pouj Roch Sabl Tess Vauch Brach Cott Dav Fav Gauch Guill
Barb Berth Boiss Bonn Bourd Brun Cail Charl Chap Clav Coud Cour Dub Duv Esc Ferr Foss Gall Gerb
Gren Guer Hach Jacqu Jourd Lab Lag Lam Lanc Larr Lav Liot Mall Mart Mass Maur Merc Moul Nicol Pag
Paq Parm Perr Pich Pign Poir Pons Quen Rab Rag Ren Rib Riv Rob Roug Sauv Senn Simon Tard Thib Trich
Vach Vall Vern Bertr Blanch Boud Cast Chabr Charr Coust Delm Faur Frem Gasc Goud Jull Laf Maz Mont
Peyr Pradel Reyn Salv Terr Vid Aub Beaul Besn Boul Brét Chauv Corn Drou Fouc Gib Goul Hug Lecl""".split()
FR_INFIX = ["", "", "", "ar", "er", "el", "il", "ol", "and", "ign", "ot", "ill", "ich"]
FR_SUFFIX = """et ot eau in ier ard aud on ault elet illon ereau ac at ès y ey oux ade ère ière ou as
aux ois ain and ant é el enne ine isse""".split()

EN_ROOTS = """Ash Brad Brook Cal Chad Church Cole Crow Dal Dun Earn Elm Fair Fern Gold Hart Haw Hol
Kings Lang Lock Mar Mid Nor Oak Pen Rad Ros Shel Stan Stock Thorn Wal Wel West Whit Wick Win Wood
Wor Al Ames Ban Bar Bex Black Brom Bur Cart Chester Clay Crom Dart Dor Eb Ed Fal Fox Glen Gr Ham
Har Hay Hen Hux Kel Ken Lam Led Lin Mal Mel Mor New Ox Pat Pres Rid Rom Sal Sed Sher Sims Sut Tal
Ted Tre Tur Up War Wes Wil""".split()
EN_SUFFIX = """ley ton ford field wood by well worth ham more stone bridge brook dale wick cott er
son ridge hurst combe ing man sey den ard""".split()

FR_TOWNS = [("Nantes", 30), ("Saint-Nazaire", 12), ("Rezé", 5), ("Saint-Herblain", 5), ("Orvault", 3),
            ("Vertou", 3), ("Carquefou", 2), ("Bouguenais", 2), ("Couëron", 2), ("La Baule-Escoublac", 4),
            ("Guérande", 4), ("Pornic", 3), ("Châteaubriant", 5), ("Ancenis-Saint-Géréon", 4),
            ("Clisson", 3), ("Blain", 2), ("Savenay", 3), ("Machecoul-Saint-Même", 2), ("Paimbœuf", 1),
            ("Nort-sur-Erdre", 2), ("Saint-Brevin-les-Pins", 2), ("Pontchâteau", 2), ("Derval", 1),
            ("Le Pellerin", 1), ("Montoir-de-Bretagne", 1), ("Trignac", 1), ("Donges", 1), ("Héric", 1),
            ("Legé", 1), ("Vallet", 1), ("Le Loroux-Bottereau", 1), ("Basse-Goulaine", 1),
            ("Sainte-Luce-sur-Loire", 1), ("La Chapelle-sur-Erdre", 2), ("Saint-Sébastien-sur-Loire", 2),
            ("Angers", 3), ("Cholet", 2), ("Rennes", 3), ("Vannes", 2), ("La Roche-sur-Yon", 3),
            ("Les Sables-d'Olonne", 1), ("Redon", 2), ("Paris", 2), ("Le Croisic", 1),
            ("Saint-Philbert-de-Grand-Lieu", 1), ("Mauves-sur-Loire", 1), ("L'Hermitage", 0.3),
            ("Lyon", 0.5), ("Bordeaux", 0.5), ("Marseille", 0.5), ("Brest", 0.5), ("Tours", 0.5)]
EN_TOWNS: dict[str, list[tuple[str, float]]] = {
    "gb": [("London", 20), ("Birmingham", 6), ("Manchester", 6), ("Leeds", 4), ("Liverpool", 4),
           ("Sheffield", 3), ("Bristol", 3), ("Newcastle upon Tyne", 3), ("Nottingham", 2),
           ("Leicester", 2), ("Coventry", 2), ("Bradford", 2), ("Stoke-on-Trent", 2),
           ("Plymouth", 2), ("Southampton", 2), ("Reading", 1), ("Derby", 1), ("Norwich", 1),
           ("York", 1), ("Exeter", 1), ("Brighton", 1), ("Cardiff", 2), ("Swansea", 1),
           ("Glasgow", 3), ("Edinburgh", 2), ("Aberdeen", 1), ("Belfast", 2), ("King's Lynn", 1),
           ("Bury St Edmunds", 1), ("Weston-super-Mare", 1)],
    "us": [("Springfield", 2), ("Columbus", 3), ("Dayton", 2), ("Toledo", 2), ("Cleveland", 3),
           ("Pittsburgh", 3), ("Philadelphia", 5), ("Boston", 4), ("Worcester", 1),
           ("Hartford", 1), ("Albany", 1), ("Buffalo", 2), ("Rochester", 2), ("Syracuse", 1),
           ("Scranton", 1), ("Baltimore", 3), ("Richmond", 2), ("Charlotte", 2), ("Atlanta", 3),
           ("Nashville", 2), ("Louisville", 2), ("Indianapolis", 2), ("Chicago", 6),
           ("Detroit", 4), ("Milwaukee", 2), ("St. Louis", 3), ("Kansas City", 2), ("Omaha", 1),
           ("Denver", 2), ("Phoenix", 2), ("Dallas", 3), ("Houston", 4), ("San Antonio", 2),
           ("Los Angeles", 6), ("San Diego", 2), ("Sacramento", 1), ("Portland", 1),
           ("Seattle", 2), ("Winston-Salem", 1), ("Coeur d'Alene", 0.3)]
}

MAISONS = [("MDR01", 18), ("MDR02", 15), ("MDR03", 12), ("MDR04", 12), ("MDR05", 10),
           ("MDR06", 10), ("MDR07", 9), ("MDR08", 8), ("MDR09", 6)]

AZERTY = ["AZERTYUIOP", "QSDFGHJKLM", "WXCVBN"]
QWERTY = ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]


def keyboard_neighbours(rows: list[str],
                        offsets: tuple[float, ...] = (0.0, 0.3, 0.8)) -> dict[str, list[str]]:
    pos: dict[str, tuple[int, float]] = {}
    for r, row in enumerate(rows):
        for i, ch in enumerate(row):
            pos[ch] = (r, i + offsets[r])
    nb: dict[str, list[str]] = {}
    for a, (ra, xa) in pos.items():
        nb[a] = [b for b, (rb, xb) in pos.items()
                 if b != a and abs(ra - rb) <= 1 and abs(xa - xb) <= 1.05]
    return nb


KB = {"fr": keyboard_neighbours(AZERTY), "en": keyboard_neighbours(QWERTY)}
OCR = [("RN", "M"), ("M", "RN"), ("CL", "D"), ("D", "CL"), ("VV", "W"), ("W", "VV"), ("I", "L"),
       ("L", "I"), ("O", "Q"), ("E", "F"), ("U", "V"), ("C", "G"), ("G", "C"), ("H", "LI"), ("B", "R")]
PHONETIC_SPELL = {"fr": [("AU", "O"), ("EAU", "O"), ("O", "AU"), ("PH", "F"), ("Y", "I"), ("I", "Y"),
                         ("QU", "K"), ("AI", "E"), ("E", "AI"), ("EN", "AN"), ("AN", "EN"), ("C", "K"),
                         ("S", "Z"), ("T", "TH")],
                  "en": [("PH", "F"), ("EE", "EA"), ("EA", "EE"), ("Y", "IE"), ("IE", "Y"), ("C", "K"),
                         ("K", "C"), ("S", "Z"), ("OU", "OW"), ("ER", "OR"), ("OR", "ER"), ("AI", "AY")]}

# --------------------------------------------------------------------------
# Samplers
# --------------------------------------------------------------------------


class FirstNames:
    """Era-aware first-name sampler (weights cached per birth year)."""

    def __init__(self, table: list[FirstRow], second_boost: Mapping[str, float]) -> None:
        self.table = table
        self.boost = second_boost
        self.cache: dict[tuple[int, bool], Weighted[str]] = {}

    def _sampler(self, year: int, second: bool) -> Weighted[str]:
        key = (year, second)
        if key not in self.cache:
            pairs: dict[str, float] = {}
            for name, w, peak, spread in self.table:
                y = year - 20 if second else year  # second names: older fashion
                pairs[name] = pairs.get(name, 0) + w * math.exp(-((y - peak) / spread) ** 2 / 2)
            if second:
                tot = sum(pairs.values())
                btot = sum(self.boost.values())
                for n, b in self.boost.items():
                    pairs[n] = pairs.get(n, 0) + tot * 0.6 * b / btot
            self.cache[key] = Weighted(list(pairs.items()))
        return self.cache[key]

    def primary(self, rng: random.Random, year: int) -> str:
        return self._sampler(year, False)(rng)

    def secondary(self, rng: random.Random, year: int) -> str:
        return self._sampler(year, True)(rng)


def title_synth(s: str) -> str:
    return s[0].upper() + s[1:].lower()


class Names:
    """All name samplers of a variant."""

    def __init__(self, variant: str) -> None:
        self.variant = variant
        if variant == "fr":
            self.first = {"M": FirstNames(FR_MALE, FR_SECOND_M), "F": FirstNames(FR_FEMALE, FR_SECOND_F)}
            self.twins = FR_TWINS
        else:
            self.first = {"M": FirstNames(EN_MALE, EN_SECOND_M), "F": FirstNames(EN_FEMALE, EN_SECOND_F)}
            self.twins = EN_TWINS
        self.twin_of: dict[str, list[str]] = {}
        for g in self.twins:
            for n in g:
                self.twin_of[letters(n)] = g
        # twin-group sampler: first variant most common
        self.twin_pool = Weighted([(n, 1.0 / (1 + i)) for g in self.twins for i, n in enumerate(g)])
        self._build_surnames()

    # -- surname pools ---------------------------------------------------
    def _build_surnames(self) -> None:
        v = self.variant
        if v == "fr":
            top = list(_FR.last_names) if HAVE_FAKER else ["Martin", "Bernard", "Dubois", "Thomas",
                                                            "Robert", "Richard", "Petit", "Durand"]
            self.p_top = Weighted([(n, 1 / math.sqrt(i + 1)) for i, n in enumerate(top)])
            self.p_part = Weighted([(n.strip(), 1) for n in FR_PARTICLES.split(";") if n.strip()])
            tail = (list(_FRCA.last_names) + list(_FRCH.last_names)) if HAVE_FAKER else []
            self.p_tail = Weighted([(n, 1) for n in tail]) if tail else None
            self.p_origin = {
                "it": Weighted([(n, 1) for n in (_IT.last_names if HAVE_FAKER else ["Rossi", "Russo"])]),
                "es": Weighted([(n, 1) for n in (_ES.last_names if HAVE_FAKER else ["Garcia", "Lopez"])]),
                "pt": Weighted([(n, 1) for n in (_PT.last_names if HAVE_FAKER else ["Ferreira", "Silva"])]),
                "de": Weighted([(n, 1) for n in (_DE.last_names if HAVE_FAKER else ["Schmitt", "Weber"])]),
                "maghreb": Weighted([(n, 1) for n in MAGHREB]),
                "westafrica": Weighted([(n, 1) for n in WESTAFRICA]),
                "pl": Weighted([(n, 1) for n in POLISH]),
            }
            self.origin_mix = Weighted([("it", 3.5), ("es", 3), ("pt", 2), ("de", 2), ("maghreb", 1),
                                        ("westafrica", 0.25), ("pl", 0.5)])
            self.mix = Weighted([("top", 25), ("twin", 5), ("part", 4), ("origin", 12),
                                 ("tail", 12 if self.p_tail else 0), ("synth", 42 if self.p_tail else 54)])
        else:
            us = list(_US.last_names.items()) if HAVE_FAKER else [("Smith", 1), ("Johnson", 0.8)]
            gb = list(_GB.last_names.items()) if HAVE_FAKER else [("Smith", 1), ("Jones", 0.8)]
            self.p_us = Weighted(us)
            self.p_gb = Weighted(gb)
            self.p_ie = Weighted([(n, 1) for n in (_IE.last_names if HAVE_FAKER else ["Murphy", "Kelly"])])
            self.p_part = Weighted([(n.strip(), 1) for n in EN_SPECIAL if n.strip()])
            self.mix_by = {"us": Weighted([("us", 40), ("ie", 27), ("synth", 23), ("twin", 5), ("part", 5)]),
                           "gb": Weighted([("gb", 40), ("ie", 25), ("synth", 25), ("twin", 5), ("part", 5)])}

    def synth(self, rng: random.Random) -> str:
        if self.variant == "fr":
            r = rng.choice(FR_ROOTS)
            inf = rng.choice(FR_INFIX) if rng.random() < 0.3 else ""
            suf = rng.choice(FR_SUFFIX)
            return title_synth(r + inf + suf)
        return title_synth(rng.choice(EN_ROOTS) + rng.choice(EN_SUFFIX))

    def _one_surname(self, rng: random.Random, origin: str | None) -> tuple[str, str]:
        if self.variant == "fr":
            kind = self.mix(rng)
            if kind == "origin":
                o = self.origin_mix(rng)
                return self.p_origin[o](rng), o
            if kind == "top":
                return self.p_top(rng), "fr"
            if kind == "twin":
                return self.twin_pool(rng), "fr"
            if kind == "part":
                n = self.p_part(rng)
                o = ("westafrica" if n.startswith(("N'", "M'")) else
                     "maghreb" if n.startswith(("Aït", "Ben ", "El ")) else
                     "it" if n.startswith(("Di ", "D'A", "De L", "Lo ", "La P", "La R", "Del", "Dal")) else
                     "pt" if n.startswith(("Dos", "Da ", "de Sousa", "de Jesus", "de Carvalho", "d'Almeida"))
                     else "fr")
                return n, o
            if kind == "tail":
                assert self.p_tail is not None   # "tail" has weight 0 without a tail pool
                return self.p_tail(rng), "fr"
            return self.synth(rng), "fr"
        assert origin is not None   # surname() always sets it for "en"
        kind = self.mix_by[origin](rng)
        if kind == "us":
            return self.p_us(rng), origin
        if kind == "gb":
            return self.p_gb(rng), origin
        if kind == "ie":
            return self.p_ie(rng), origin
        if kind == "twin":
            return self.twin_pool(rng), origin
        if kind == "part":
            return self.p_part(rng), origin
        return self.synth(rng), origin

    def surname(self, rng: random.Random, origin: str | None = None) -> tuple[str, str]:
        """Return (surname, origin).  origin is 'fr'/foreign for fr, 'us'/'gb' for en."""
        if self.variant == "en" and origin not in ("us", "gb"):
            origin = "us" if rng.random() < 0.55 else "gb"
        n, o = self._one_surname(rng, origin)
        if rng.random() < R["double_surname"] and "-" not in n and " " not in n:
            m, _ = self._one_surname(rng, origin)
            if "-" not in m and " " not in m and m != n:
                n = f"{n}-{m}"
        return n, o

    def first_names(self, rng: random.Random, sex: str, year: int, origin: str,
                    count: int | None = None) -> list[str]:
        cfg = variant_rates(self.variant)
        if count is None:
            count = pick(rng, cfg["n_first"])
        fn = self.first[sex]
        out: list[str] = []
        if origin in ORIGIN_FIRST and rng.random() < cfg["origin_first"]:
            lst = ORIGIN_FIRST[origin][0 if sex == "M" else 1]
            out.append(rng.choice(lst))
        else:
            out.append(fn.primary(rng, year))
        tries = 0
        while len(out) < count and tries < 50:
            tries += 1
            n = fn.secondary(rng, year)
            toks = set(n.split("-"))
            if n in out or any(toks & set(o.split("-")) for o in out):
                continue
            out.append(n)
        return out


# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------


@dataclass
class Person:
    pid: int
    sex: str
    birth_name: str
    usage_name: str
    first_names: list[str]
    birth: D
    origin: str
    married: bool = False
    husband_name: str = ""
    spouse_in_extract: bool = False
    kind: str = "anchor"       # anchor / x_spouse / x_sibling / x_homonym / dup / nonmember
    related: int = -1          # pid of the related beneficiary (relatives)
    death: D | None = None
    tags: list[str] = field(default_factory=list)


def birth_year_draw(rng: random.Random) -> int:
    if rng.random() < 0.85:
        while True:
            y = rng.gauss(1936, 10)
            if 1915 <= y < 1976:
                return int(y)
    return rng.randint(1940, 1975)


def rand_birth(rng: random.Random, lo_year: int = 1915, hi_year: int = 1975) -> D:
    while True:
        y = birth_year_draw(rng)
        if lo_year <= y <= hi_year:
            return rand_date(rng, D(y, 1, 1), D(y, 12, 31))


def age_weight(birth: D) -> float:
    """Plausibility that someone born then is a searched decedent (2012-2026)."""
    age = 2020 - birth.year
    if age < 55:
        return 0.25
    if age < 70:
        return 0.5
    if age < 80:
        return 0.8
    if age < 95:
        return 1.0
    if age < 100:
        return 0.7
    if age < 105:
        return 0.3
    return 0.08


class World:
    def __init__(self, variant: str, rng: random.Random) -> None:
        self.v = variant
        self.rng = rng
        self.names = Names(variant)
        self.people: list[Person] = []

    # -- constructors ------------------------------------------------------
    def new_person(self, sex: str | None = None, birth: D | None = None, birth_name: str | None = None,
                   origin: str | None = None, kind: str = "anchor", married: bool | None = None,
                   first_names: list[str] | None = None) -> Person:
        rng = self.rng
        if sex is None:
            sex = "F" if rng.random() < R["female"] else "M"
        if birth is None:
            birth = rand_birth(rng)
        if birth_name is None:
            birth_name, origin = self.names.surname(rng, origin)
        elif origin is None:
            origin = "fr" if self.v == "fr" else ("us" if rng.random() < 0.55 else "gb")
        if first_names is None:
            first_names = self.names.first_names(rng, sex, birth.year, origin)
        p = Person(len(self.people), sex, birth_name, birth_name, first_names, birth, origin, kind=kind)
        if sex == "F":
            if married is None:
                married = rng.random() < variant_rates(self.v)["married"]
            if married:
                self.marry(p)
        self.people.append(p)
        return p

    def marry(self, p: Person, husband_name: str | None = None) -> None:
        rng = self.rng
        if husband_name is None:
            while True:
                husband_name, _ = self.names.surname(rng, p.origin)
                if letters(husband_name) != letters(p.birth_name):
                    break
        p.married = True
        p.husband_name = husband_name
        p.usage_name = husband_name
        if rng.random() < R["compound_usage"] and "-" not in husband_name:
            p.usage_name = f"{husband_name}-{p.birth_name}"
            p.tags.append("compound_usage")

    def other_first_names(self, sex: str, year: int, origin: str, avoid: Iterable[str], disjoint: bool = False,
                          count: int | None = None) -> list[str] | None:
        """First names whose primary (or, if disjoint, every) token avoids `avoid`."""
        avoid_t = {letters(t) for n in avoid for t in re.split(r"[- ]", n)}
        for _ in range(200):
            fn = self.names.first_names(self.rng, sex, year, origin, count)
            toks = [letters(t) for t in re.split(r"[- ]", fn[0])]
            all_t = {letters(t) for n in fn for t in re.split(r"[- ]", n)}
            if disjoint and all_t & avoid_t:
                continue
            if not disjoint and set(toks) & avoid_t:
                continue
            return fn
        return None

    # -- relatives -----------------------------------------------------------
    def make_spouse(self, b: Person, lo: int, hi: int, kind: str) -> Person | None:
        rng = self.rng
        if b.sex == "F" and not b.married:
            return None
        gap = rng.gauss(2.5, 4.0)  # husband older by `gap` years
        if b.sex == "F":
            birth = add_years(b.birth, -gap) + dt.timedelta(days=rng.randint(-180, 180))
            if not (lo <= birth.year <= hi):
                return None
            fn = self.other_first_names("M", birth.year, b.origin, [])
            p = self.new_person("M", birth, b.husband_name, b.origin, kind, first_names=fn)
        else:
            birth = add_years(b.birth, gap) + dt.timedelta(days=rng.randint(-180, 180))
            if not (lo <= birth.year <= hi):
                return None
            while True:
                bn, o = self.names.surname(rng, b.origin)
                if letters(bn) != letters(b.birth_name):
                    break
            fn = self.other_first_names("F", birth.year, o, [])
            p = self.new_person("F", birth, bn, o, kind, married=False, first_names=fn)
            self.marry(p, b.birth_name)
            if "compound_usage" in p.tags:
                p.usage_name = b.birth_name
                p.tags.remove("compound_usage")
        p.related = b.pid
        return p

    def make_sibling(self, b: Person, lo: int, hi: int, kind: str) -> Person | None:
        rng = self.rng
        twins = rng.random() < 0.03
        if twins:
            birth = b.birth
        else:
            gap = rng.uniform(1.2, 12) * rng.choice((-1, 1))
            birth = add_years(b.birth, gap) + dt.timedelta(days=rng.randint(-60, 60))
        if not (lo <= birth.year <= hi):
            return None
        sex = b.sex if rng.random() < 0.7 else ("M" if b.sex == "F" else "F")
        fn = self.other_first_names(sex, birth.year, b.origin, b.first_names, disjoint=twins)
        if fn is None:
            return None
        married: bool | None = None
        if sex == "F":
            married = rng.random() < 0.6
        p = self.new_person(sex, birth, b.birth_name, b.origin, kind, married=married, first_names=fn)
        p.related = b.pid
        if twins:
            p.tags.append("twin")
        return p

    def make_homonym(self, b: Person, lo: int, hi: int, kind: str) -> Person | None:
        """Same-named parent or child, ~29 years apart."""
        rng = self.rng
        gap = min(40.0, max(22.0, rng.gauss(29, 4.5)))
        later = rng.random() < 0.5
        birth = add_years(b.birth, gap if later else -gap) + dt.timedelta(days=rng.randint(-150, 150))
        if not (lo <= birth.year <= hi):
            return None
        if rng.random() < 0.5:
            fn = list(b.first_names)
        else:
            fn = [b.first_names[0]] + [n for n in self.names.first_names(rng, b.sex, birth.year, b.origin)[1:]
                                       if n != b.first_names[0]]
        if b.sex == "M":
            p = self.new_person("M", birth, b.birth_name, b.origin, kind, first_names=fn)
        elif later:   # daughter of b: born with b's husband's name (or b's own)
            fam = b.husband_name or b.birth_name
            p = self.new_person("F", birth, fam, b.origin, kind, married=rng.random() < 0.5, first_names=fn)
        else:         # mother of b: married to a man named b.birth_name
            bn, o = self.names.surname(rng, b.origin)
            p = self.new_person("F", birth, bn, o, kind, married=False, first_names=fn)
            self.marry(p, b.birth_name)
            if "compound_usage" in p.tags:
                p.usage_name = b.birth_name
                p.tags.remove("compound_usage")
        p.related = b.pid
        p.tags.append("child" if later else "parent")
        return p

    def make_phonetic_twin(self, b: Person, lo: int, hi: int, kind: str) -> Person | None:
        rng = self.rng
        cands = [(n, self.names.twin_of[letters(n)]) for n in dict.fromkeys((b.usage_name, b.birth_name))
                 if letters(n) in self.names.twin_of]
        if not cands:
            return None
        name, grp = rng.choice(cands)
        others = [g for g in grp if letters(g) != letters(name)]
        if not others:
            return None
        variant = rng.choice(others)
        sex = b.sex if rng.random() < 0.75 else ("M" if b.sex == "F" else "F")
        if rng.random() < 0.6:
            birth = add_years(b.birth, rng.uniform(-15, 15)) + dt.timedelta(days=rng.randint(-100, 100))
        else:
            birth = rand_birth(rng, lo, hi)
        if not (lo <= birth.year <= hi):
            return None
        fn: list[str] | None = None
        if sex == b.sex and rng.random() < 0.5:
            fn = [b.first_names[0]] + self.names.first_names(rng, sex, birth.year, b.origin)[1:]
            fn = list(dict.fromkeys(fn))
        if sex == "M":
            p = self.new_person("M", birth, variant, b.origin, kind, first_names=fn)
        elif rng.random() < 0.5:
            p = self.new_person("F", birth, variant, b.origin, kind, married=False, first_names=fn)
        else:
            bn, o = self.names.surname(rng, b.origin)
            p = self.new_person("F", birth, bn, o, kind, married=False, first_names=fn)
            self.marry(p, variant)
            if "compound_usage" in p.tags:
                p.usage_name = variant
                p.tags.remove("compound_usage")
        p.related = b.pid
        return p

    def make_namesake(self, b: Person, lo: int, hi: int, kind: str) -> Person | None:
        rng = self.rng
        use_usage = rng.random() < 0.7
        name = b.usage_name if use_usage else b.birth_name
        if rng.random() < 0.5:
            birth = add_years(b.birth, rng.uniform(1, 20) * rng.choice((-1, 1))) + \
                dt.timedelta(days=rng.randint(-100, 100))
        else:
            birth = rand_birth(rng, lo, hi)
        if not (lo <= birth.year <= hi):
            return None
        fn = [b.first_names[0]] + self.names.first_names(rng, b.sex, birth.year, b.origin)[1:]
        fn = list(dict.fromkeys(fn))
        if b.sex == "F" and use_usage and b.married:
            bn, o = self.names.surname(rng, b.origin)
            p = self.new_person("F", birth, bn, o, kind, married=False, first_names=fn)
            self.marry(p, name)
            if "compound_usage" in p.tags:
                p.usage_name = name
                p.tags.remove("compound_usage")
        else:
            p = self.new_person(b.sex, birth, name, b.origin, kind, married=False, first_names=fn)
        p.related = b.pid
        return p


# --------------------------------------------------------------------------
# Corruptions
# --------------------------------------------------------------------------


def typo(rng: random.Random, s: str, variant: str, ocr: bool = False) -> tuple[str, str | None]:
    """One data-entry error in s (letters only are touched)."""
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 3:
        return s, None
    for _ in range(20):
        kinds = [("transpose", 30), ("double", 20), ("drop", 25), ("keyboard", 15), ("phonetic", 10)]
        if ocr:
            kinds.append(("ocr", 20))
        k = pick(rng, kinds)
        i = rng.choice(idx[1:]) if rng.random() < 0.85 else idx[0]
        if k == "transpose":
            if i + 1 < len(s) and s[i + 1].isalpha() and s[i] != s[i + 1]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            else:
                continue
        elif k == "double":
            t = s[:i] + s[i] + s[i:]
        elif k == "drop":
            dbl = [j for j in idx[1:] if s[j] == s[j - 1]]
            if dbl and rng.random() < 0.4:
                i = rng.choice(dbl)
            t = s[:i] + s[i + 1:]
        elif k == "keyboard":
            up = strip_accents(s[i]).upper()
            nb = KB[variant].get(up)
            if not nb:
                continue
            c = rng.choice(nb)
            t = s[:i] + (c.lower() if s[i].islower() else c) + s[i + 1:]
        else:
            table = OCR if k == "ocr" else PHONETIC_SPELL[variant]
            up = s.upper()
            opts = [(a, b) for a, b in table if a in up]
            if not opts:
                continue
            a, b = rng.choice(opts)
            starts = [m.start() for m in re.finditer(re.escape(a), up)]
            j = rng.choice(starts)
            if j == 0 and rng.random() < 0.8:
                continue
            rep = b.lower() if s[j:j + len(a)].islower() else b
            t = s[:j] + rep + s[j + len(a):]
        if t != s and len(letters(t)) >= 2:
            return t, k
    return s, None


PARTICLE_RE = re.compile(r"^(de|du|des|d'|De|Du|Des|D')\s*", re.U)


def legacy_surname(rng: random.Random, name: str, variant: str, tags: list[str], tag: str) -> str:
    """Upper case, accents stripped, particle/apostrophe/hyphen habits, typos."""
    s = legacy_upper(name)
    if "'" in s:
        r = rng.random()
        if r < R["apos_drop"]:
            s = s.replace("'", "")
            tags.append(tag + ":apos_drop")
        elif r < R["apos_drop"] + R["apos_space"]:
            s = s.replace("'", " ").replace("  ", " ")
            tags.append(tag + ":apos_space")
    if " " in s:
        r = rng.random()
        if r < R["squash"]:
            s = s.replace(" ", "")
            tags.append(tag + ":squash")
        elif r < R["squash"] + R["particle_drop"] and PARTICLE_RE.match(name) and name[0].islower():
            s = legacy_upper(PARTICLE_RE.sub("", name))
            tags.append(tag + ":particle_drop")
    if "-" in s:
        r = rng.random()
        if r < R["dbl_space"]:
            s = s.replace("-", " ")
            tags.append(tag + ":hyphen_space")
        elif r < R["dbl_space"] + R["dbl_first_part"]:
            s = s.split("-")[0]
            tags.append(tag + ":first_part")
    return s


class LegacyRecord(TypedDict):
    """Legacy (corrupted) identity of an extract person, with corruption tags."""

    sex: str
    usage_name: str
    birth_name: str
    first_names: str
    birth_date: str
    tags: list[str]


def copy_record(r0: LegacyRecord) -> LegacyRecord:
    """``dict(r0, tags=list(r0["tags"]))``: a copy with its own tag list."""
    r = r0.copy()
    r["tags"] = list(r0["tags"])
    return r


def legacy_record(rng: random.Random, p: Person, variant: str) -> LegacyRecord:
    """Return the legacy identity dict of person p (with corruption tags)."""
    cfg = variant_rates(variant)
    tags: list[str] = []
    usage = legacy_surname(rng, p.usage_name, variant, tags, "usage")
    if p.usage_name == p.birth_name:
        birth = usage
    else:
        birth = legacy_surname(rng, p.birth_name, variant, tags, "birth")
    if rng.random() < cfg["typo_surname"]:
        usage2, k = typo(rng, usage, variant, ocr=(variant == "en"))
        if k:
            if birth == usage:
                birth = usage2
            usage = usage2
            tags.append("typo_surname:" + k)
    if p.sex == "F" and p.married:
        r = rng.random()
        if r < R["under_birth_name"]:
            usage = birth
            tags.append("under_birth_name")
        elif r < R["under_birth_name"] + R["bn_empty"]:
            birth = ""
            tags.append("bn_empty")
    # first names
    fns = [legacy_upper(n) for n in p.first_names]
    if variant == "en" and rng.random() < cfg["nickname_legacy"] and p.first_names[0] in EN_NICK:
        fns[0] = rng.choice(EN_NICK[p.first_names[0]]).upper()
        tags.append("nickname")
    if any("-" in n for n in fns) and rng.random() < R["hyphen_first_lost"]:
        fns = " ".join(fns).replace("-", " ").split()
        tags.append("hyphen_lost")
    if len(fns) > 1:
        r = rng.random()
        if r < cfg["first_only"]:
            fns = fns[:1]
            tags.append("first_only")
        elif r < cfg["first_only"] + cfg["middle_initial"]:
            fns = [fns[0]] + [n[0] for n in fns[1:]]
            tags.append("middle_initial")
    if rng.random() < cfg["typo_first"]:
        i = 0 if rng.random() < 0.8 else rng.randrange(len(fns))
        if len(fns[i]) > 2:
            t, k = typo(rng, fns[i], variant, ocr=(variant == "en"))
            if k:
                fns[i] = t
                tags.append("typo_first:" + k)
    # birth date
    bd = p.birth
    if bd.day <= 12 and bd.day != bd.month and rng.random() < cfg["dm_swap"]:
        bd = D(bd.year, bd.day, bd.month)
        tags.append("dm_swap")
    if rng.random() < cfg["year_digit"]:
        ys = str(bd.year)
        for _ in range(10):
            pos = 3 if rng.random() < 0.7 else 2
            c = rng.choice([x for x in "0123456789" if x != ys[pos]])
            y = int(ys[:pos] + c + ys[pos + 1:])
            nd = safe_date(y, bd.month, bd.day)
            if nd and 1900 <= y <= 1985:
                bd = nd
                tags.append("year_digit")
                break
    return LegacyRecord(sex=p.sex, usage_name=usage, birth_name=birth, first_names=" ".join(fns),
                        birth_date=bd.isoformat(), tags=tags)


# --------------------------------------------------------------------------
# Notary rendering
# --------------------------------------------------------------------------


def render_notary(rng: random.Random, p: Person, variant: str,
                  towns: Callable[[Person], Weighted[str]]) -> tuple[dict[str, str], list[str]]:
    cfg = variant_rates(variant)
    tags: list[str] = []
    drop_acc = variant == "fr" and rng.random() < cfg["accents_drop"]
    upper_last = rng.random() < R["n_upper_last"]
    upper_first = rng.random() < R["n_upper_first"]

    def fmt_surname(n: str) -> str:
        if rng.random() < R["n_squash"] and (" " in n or "'" in n):
            n = n.replace(" ", "").replace("'", "")
            n = n[0].upper() + n[1:].lower()
            tags.append("squash")
        if "-" in n and rng.random() < R["n_hyphen_space"]:
            n = n.replace("-", " ")
            tags.append("hyphen_space")
        if drop_acc:
            n = strip_accents(n)
        return n.upper() if upper_last else n

    married_w = p.sex == "F" and p.married and letters(p.usage_name) != letters(p.birth_name)
    if married_w:
        if rng.random() < R["n_last_birth"]:
            last = p.birth_name
            tags.append("last=birth_name")
        else:
            last = p.usage_name
            if "compound_usage" in p.tags and rng.random() < 0.5:
                last = p.husband_name
                tags.append("husband_part_only")
        bn = p.birth_name if rng.random() < R["n_bn_married"] else ""
    else:
        last = p.usage_name
        bn = p.birth_name if rng.random() < R["n_bn_other"] else ""
    tags.append("bn_filled" if bn else "bn_empty")
    last = fmt_surname(last)
    bn = fmt_surname(bn) if bn else ""

    names = list(p.first_names)
    n = len(names)
    if n > 1:
        r = rng.random()
        if r < R["n_all"]:
            chosen = names
            tags.append("fn_all")
        elif r < R["n_all"] + R["n_first"]:
            chosen = names[:1]
            tags.append("fn_first")
        else:
            n_keep = rng.randint(1, n - 1)
            if rng.random() < 0.7:   # the first (usual) name is usually among them
                keep = [0] + sorted(rng.sample(range(1, n), n_keep - 1))
            else:
                keep = sorted(rng.sample(range(1, n), n_keep))
            chosen = [names[i] for i in keep]
            tags.append("fn_subset")
        if len(chosen) > 1 and rng.random() < R["n_shuffle"]:
            orig = list(chosen)
            while chosen == orig:
                rng.shuffle(chosen)
            tags.append("fn_shuffled")
    else:
        chosen = names
    if variant == "en":
        if rng.random() < cfg["nickname_notary"] and chosen[0] in EN_NICK:
            chosen = [rng.choice(EN_NICK[chosen[0]])] + chosen[1:]
            tags.append("nickname")
        if len(chosen) > 1 and rng.random() < R["n_middle_initial"]:
            chosen = [chosen[0]] + [c[0] for c in chosen[1:]]
            tags.append("middle_initial")
    fn = list(chosen)
    if any("-" in c for c in fn) and rng.random() < R["n_hyphen_drop"]:
        fn = [c.replace("-", " ") for c in fn]
        tags.append("fn_hyphen_drop")
    if drop_acc:
        fn = [strip_accents(c) for c in fn]
        tags.append("accents_dropped")
    if upper_first:
        fn = [c.upper() for c in fn]
    sep = ", " if (len(fn) > 1 and rng.random() < cfg["comma"]) else " "
    if sep == ", ":
        tags.append("commas")
    first = sep.join(fn)

    if rng.random() < cfg["n_typo"]:
        if rng.random() < 0.65:
            t, k = typo(rng, last, variant)
            if k:
                last = t
                tags.append("typo_last:" + k)
        else:
            parts = first.split(" ")
            i = rng.randrange(len(parts))
            t, k = typo(rng, parts[i], variant)
            if k:
                parts[i] = t
                first = " ".join(parts)
                tags.append("typo_first:" + k)
    place = towns(p)(rng)
    if rng.random() < R["n_place_upper"]:
        place = (strip_accents(place) if drop_acc else place).upper()
    return dict(last_name=last, birth_name=bn, first_names=first, death_place=place), tags


# --------------------------------------------------------------------------
# Non-member guard
# --------------------------------------------------------------------------


NAME_PARTICLES = {"DE", "DU", "DES", "D", "LE", "LA", "L", "DA", "DOS", "DI", "DEL", "DAL", "VAN",
                  "DEN", "VON", "EL", "BEN", "AIT", "N", "M", "O", "MC", "MAC", "ST", "AP", "LO"}


SurnameKeys = set[tuple[str, str]]


def surname_keys(*names: str) -> SurnameKeys:
    keys: SurnameKeys = set()
    for n in names:
        if not n:
            continue
        keys.add(("L", letters(n)))
        keys.add(("P", phon_key(n)))
        parts = [letters(x) for x in re.split(r"[-' ]", legacy_upper(n))]
        for x in parts:
            if len(x) >= 3 and x not in NAME_PARTICLES:
                keys.add(("L", x))
                keys.add(("P", phon_key(x)))
    return keys


def first_tokens(fnames: Iterable[str]) -> set[str]:
    toks: set[str] = set()
    for n in fnames:
        for t in re.split(r"[- ]", legacy_upper(n)):
            t = letters(t)
            if t:
                toks.add(t)
    # nickname <-> formal, to stay conservative
    for formal, nicks in EN_NICK.items():
        f = letters(formal)
        nk = {letters(x) for x in nicks}
        if f in toks or toks & nk:
            toks |= {f} | nk
    return toks


def names_close(ka: SurnameKeys, kb: SurnameKeys) -> bool:
    if ka & kb:
        return True
    la = [k[1] for k in ka if k[0] == "L"]
    lb = [k[1] for k in kb if k[0] == "L"]
    for a in la:
        for b in lb:
            lim = 2 if min(len(a), len(b)) >= 7 else 1
            if len(a) >= 4 and len(b) >= 4 and damerau(a, b, lim) <= lim:
                return True
    return False


def firsts_close(ta: set[str], tb: set[str]) -> bool:
    if ta & tb:
        return True
    for a in ta:
        for b in tb:
            if len(a) >= 3 and len(b) >= 3 and damerau(a, b, 1) <= 1:
                return True
            if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
                return True
    return False


class Guard:
    """Index of every extract identity (true and legacy) by birth date."""

    def __init__(self) -> None:
        self.by_date: dict[D, list[tuple[int, SurnameKeys, set[str]]]] = {}

    def add(self, pid: int, surnames: Iterable[str], fnames: Iterable[str], birth: D) -> None:
        entry = (pid, surname_keys(*surnames), first_tokens(fnames))
        self.by_date.setdefault(birth, []).append(entry)

    def conflicts(self, p: Person) -> list[int]:
        sk = surname_keys(p.usage_name, p.birth_name, p.husband_name)
        ft = first_tokens(p.first_names)
        hits: list[int] = []
        for d in date_neighbours(p.birth):
            for pid, k, t in self.by_date.get(d, ()):
                if names_close(sk, k) and firsts_close(ft, t):
                    hits.append(pid)
        return hits


# --------------------------------------------------------------------------
# Aids
# --------------------------------------------------------------------------


# (maison_code, aid_code, aid_start, aid_end)
Aid = tuple[str, str, str, str]


def make_aids(rng: random.Random, p: Person, end: D, dead: bool) -> tuple[list[Aid], str]:
    """1-3 aids consistent with age and programme start dates, all before `end`."""
    elig: list[tuple[str, D, D, int]] = []
    for code, lo, w in [("APA", max(D(2002, 1, 1), add_years(p.birth, 60)), 45),
                        ("ASH", max(D(1990, 1, 1), add_years(p.birth, 60)), 20),
                        ("AM", max(D(1990, 1, 1), add_years(p.birth, 65)), 15),
                        ("PCH", max(D(2006, 1, 1), add_years(p.birth, 20)), 20)]:
        hi = end - dt.timedelta(days=1)
        if code == "PCH":
            hi = min(hi, add_years(p.birth, 75))
        if lo < hi:
            elig.append((code, lo, hi, w))
    if not elig:  # fallback: short PCH just before the end
        elig = [("PCH", end - dt.timedelta(days=400), end - dt.timedelta(days=1), 1)]
    k = min(len(elig), pick(rng, [(1, 62), (2, 29), (3, 9)]))
    chosen: list[tuple[str, D, D, int]] = []
    pool = list(elig)
    while len(chosen) < k:
        c = pick(rng, [(e, e[3]) for e in pool])
        pool.remove(c)
        chosen.append(c)
    home = pick(rng, MAISONS)
    aids: list[Aid] = []
    for j, (code, lo, hi, _) in enumerate(chosen):
        # start skewed towards the late part of the eligibility window
        u = rng.random() ** 0.6
        start = D.fromordinal(lo.toordinal() + int(u * (hi.toordinal() - lo.toordinal())))
        closed = rng.random() < (0.55 if dead else 0.40)
        stop = ""
        if closed and (end - start).days > 30:
            stop = rand_date(rng, start + dt.timedelta(days=30), end).isoformat()
        maison = home if (j == 0 or rng.random() > 0.10) else pick(rng, MAISONS)
        aids.append((maison, code, start.isoformat(), stop))
    aids.sort(key=lambda a: a[2])
    return aids, home


def draw_death(rng: random.Random, birth: D) -> D | None:
    lo = max(WINDOW_LO, add_years(birth, 35))
    hi = min(LAST_DAY, add_years(birth, 110) - dt.timedelta(days=1))
    if lo > hi:
        return None
    u = rng.random() ** 0.75   # bias towards recent deaths
    return D.fromordinal(lo.toordinal() + int(u * (hi.toordinal() - lo.toordinal())))


# --------------------------------------------------------------------------
# Main generation
# --------------------------------------------------------------------------


# (person, expected, ids, case, related)
Search = tuple[Person, str, str, str, str]
# (letters of a surname, letters of the first given name, ISO birth date)
IdentityKey = tuple[str, str, str]


def generate(variant: str, seed: int, n_people: int, n_searches: int, out: str) -> None:
    rng = random.Random(seed)
    W = World(variant, rng)
    town_samplers: dict[str, Weighted[str]] = ({"fr": Weighted(FR_TOWNS)} if variant == "fr" else
                                               {o: Weighted(t) for o, t in EN_TOWNS.items()})

    def towns(p: Person) -> Weighted[str]:
        if variant == "fr":
            return town_samplers["fr"]
        return town_samplers[p.origin if p.origin in town_samplers else "us"]

    # ---- 1. beneficiaries -------------------------------------------------
    members: list[Person] = []       # extract persons (one iodas id each)
    dup_groups: list[list[Person]] = []
    while len(members) < n_people:
        a = W.new_person()
        members.append(a)
        u = rng.random()
        relative: Person | None = None
        if u < R["x_spouse"]:
            relative = W.make_spouse(a, 1915, 1975, "x_spouse")
            if relative:
                a.spouse_in_extract = relative.spouse_in_extract = True
        elif u < R["x_spouse"] + R["x_sibling"]:
            relative = W.make_sibling(a, 1915, 1975, "x_sibling")
        elif u < R["x_spouse"] + R["x_sibling"] + R["x_homonym"] and (a.sex == "M" or rng.random() < 0.3):
            relative = W.make_homonym(a, 1915, 1975, "x_homonym")
        if relative:
            members.append(relative)
        if rng.random() < R["dup"]:
            k = 3 if rng.random() < R["dup3"] else 2
            grp = [a]
            for _ in range(k - 1):
                c = Person(len(W.people), a.sex, a.birth_name, a.usage_name, list(a.first_names),
                           a.birth, a.origin, a.married, a.husband_name, kind="dup", related=a.pid)
                W.people.append(c)
                members.append(c)
                grp.append(c)
            dup_groups.append(grp)
    # trim overflow (never split a duplicate group)
    in_group = {p.pid for g in dup_groups for p in g}
    while len(members) > n_people:
        for i in range(len(members) - 1, -1, -1):
            if members[i].pid not in in_group:
                members.pop(i)
                break

    # ---- 2. legacy records ------------------------------------------------
    rec: dict[int, LegacyRecord] = {}
    group_of = {p.pid: gi for gi, g in enumerate(dup_groups) for p in g}
    for g in dup_groups:
        r0 = legacy_record(rng, g[0], variant)
        for p in g:
            rec[p.pid] = copy_record(r0)
    for p in members:
        if p.pid not in rec:
            rec[p.pid] = legacy_record(rng, p, variant)

    # remove accidental identity collisions between distinct persons
    def ckey(r: LegacyRecord) -> IdentityKey:
        return (letters(r["usage_name"]), letters(r["first_names"].split(" ")[0]), r["birth_date"])

    by_pid = {p.pid: p for p in members}
    nudged = 0
    for _ in range(6):
        seen: dict[IdentityKey, Person] = {}
        to_move: set[int] = set()
        for p in members:
            key = ckey(rec[p.pid])
            o = seen.get(key)
            if o is None:
                seen[key] = p
                continue
            go, gp = group_of.get(o.pid), group_of.get(p.pid)
            if go is not None and go == gp:
                continue          # designed duplicate: identical on purpose
            to_move.add((o if (gp is not None and go is None) else p).pid)
        if not to_move:
            break
        for pid in sorted(to_move):
            gi = group_of.get(pid)
            grp = dup_groups[gi] if gi is not None else [by_pid[pid]]
            shift = dt.timedelta(days=rng.choice((-1, 1)) * rng.randint(3, 40))
            grp[0].birth = grp[0].birth + shift
            for x in grp[1:]:
                x.birth = grp[0].birth
            r0 = legacy_record(rng, grp[0], variant)
            for x in grp:
                rec[x.pid] = copy_record(r0)
            nudged += 1

    # ---- 3. iodas ids ---------------------------------------------------
    ids = rng.sample(range(1_000_000, 9_999_999), len(members))
    iodas = {p.pid: str(i) for p, i in zip(members, ids)}

    guard = Guard()
    for p in members:
        guard.add(p.pid, (p.usage_name, p.birth_name, p.husband_name), p.first_names, p.birth)
        r = rec[p.pid]
        guard.add(p.pid, (r["usage_name"], r["birth_name"]), r["first_names"].split(),
                  D.fromisoformat(r["birth_date"]))

    # ---- 4. searches ------------------------------------------------------
    n_amb = min(len(dup_groups), round(n_searches * R["s_ambiguous"]))
    n_mem = round(n_searches * R["s_member"])
    n_non = n_searches - n_amb - n_mem
    searches: list[Search] = []   # (person, expected, ids, case, related)

    # ambiguous
    for g in rng.sample(dup_groups, n_amb):
        p = g[0]
        p.death = draw_death(rng, p.birth)
        searches.append((p, "ambiguous", " ".join(sorted(iodas[x.pid] for x in g)), "ambiguous:dup%d" % len(g),
                         ""))
    # members (age-weighted, no duplicate-group persons)
    pool = [p for p in members if p.pid not in group_of]
    def tkey(p: Person) -> IdentityKey:
        return (letters(p.usage_name), letters(p.first_names[0].split("-")[0]), p.birth.isoformat())
    rec_index: dict[IdentityKey, set[int]] = {}
    for p in members:
        r = rec[p.pid]
        for sn in {r["usage_name"], r["birth_name"]} - {""}:
            rec_index.setdefault((letters(sn), letters(r["first_names"].split(" ")[0].split("-")[0]),
                                  r["birth_date"]), set()).add(p.pid)
    member_skipped = 0
    wpool = Weighted([(p, age_weight(p.birth)) for p in pool])
    chosen: list[Person] = []
    seen_pid: set[int] = set()
    while len(chosen) < n_mem and len(seen_pid) < len(pool):
        p = wpool(rng)
        if p.pid in seen_pid:
            continue
        seen_pid.add(p.pid)
        if any(o != p.pid for o in rec_index.get(tkey(p), ())):
            member_skipped += 1   # another record shows exactly this identity
            continue
        p.death = draw_death(rng, p.birth)
        if p.death is None:
            continue
        chosen.append(p)
    for p in chosen:
        case = "member:" + p.kind
        rel = ""
        if p.kind.startswith("x_"):
            rel = iodas.get(p.related, "")
        elif p.spouse_in_extract:
            case += "+spouse_in_extract"
        searches.append((p, "member", iodas[p.pid], case, rel))

    # non-members
    mix = Weighted(R["nm_mix"])
    stats_rejected = 0
    made = 0
    anchors = [p for p in members if p.pid not in group_of]
    twin_anchors = [p for p in anchors if letters(p.usage_name) in W.names.twin_of
                    or letters(p.birth_name) in W.names.twin_of]
    male_anchors = [p for p in anchors if p.sex == "M"]
    lo_y, hi_y = 1908, 1980
    q: Person | None
    while made < n_non:
        case = mix(rng)
        b: Person | None = None
        if case == "stranger":
            while True:
                birth = rand_birth(rng)
                if rng.random() < age_weight(birth):
                    break
            q = W.new_person(birth=birth, kind="nonmember")
        else:
            if case == "phonetic_twin" and not twin_anchors:
                continue
            b = rng.choice(twin_anchors if case == "phonetic_twin" else anchors)
            if case == "homonym" and b.sex == "F" and rng.random() < 0.85:
                b = rng.choice(male_anchors)   # mostly father/son, some mother/daughter
            if case == "spouse" and b.spouse_in_extract:
                continue
            maker = {"homonym": W.make_homonym, "sibling": W.make_sibling, "spouse": W.make_spouse,
                     "phonetic_twin": W.make_phonetic_twin, "namesake": W.make_namesake}[case]
            q = maker(b, lo_y, hi_y, "nonmember")
            if q is None:
                continue
            if case == "spouse":
                b.spouse_in_extract = True   # one spouse per beneficiary
        if guard.conflicts(q):
            stats_rejected += 1
            continue
        q.death = draw_death(rng, q.birth)
        if q.death is None:
            continue
        extra = "+" + "+".join(q.tags) if q.tags and case in ("homonym", "sibling") else ""
        searches.append((q, "nonmember", "", "nonmember:" + case + extra, iodas[b.pid] if b else ""))
        made += 1

    # ---- 5. aids (after deaths are known) ---------------------------------
    rows: list[list[str]] = []
    for p in members:
        death = p.death
        if p.pid in group_of:
            death = dup_groups[group_of[p.pid]][0].death
        if death:
            end, dead = death, True
        else:
            life = add_years(p.birth, rng.uniform(78, 104))
            end, dead = (min(LAST_DAY, life), life <= LAST_DAY)
            if end <= max(D(2007, 1, 1), add_years(p.birth, 25)):
                end, dead = LAST_DAY, False
        aids, _ = make_aids(rng, p, end, dead)
        if p.pid in group_of and p.kind == "dup" and rng.random() < 0.5:
            aids = [(pick(rng, MAISONS),) + a[1:] for a in aids]
        r = rec[p.pid]
        for maison, code, start, stop in aids:
            rows.append([iodas[p.pid], r["sex"], r["usage_name"], r["birth_name"], r["first_names"],
                         r["birth_date"], maison, code, start, stop])
    rows.sort(key=lambda x: (int(x[0]), x[8]))

    # ---- 6. write ---------------------------------------------------------
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "extract.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(["iodas_id", "sex", "usage_name", "birth_name", "first_names", "birth_date",
                     "maison_code", "aid_code", "aid_start", "aid_end"])
        wr.writerows(rows)

    rng.shuffle(searches)
    with open(os.path.join(out, "labelled.csv"), "w", newline="", encoding="utf-8") as f, \
            open(os.path.join(out, "cases.csv"), "w", newline="", encoding="utf-8") as fc:
        wr, wc = csv.writer(f), csv.writer(fc)
        wr.writerow(["ref", "last_name", "birth_name", "first_names", "birth_date", "death_date",
                     "death_place", "expected_iodas_ids", "expected"])
        wc.writerow(["ref", "case", "related_iodas_id", "links", "notary_tags", "legacy_tags"])
        for i, (p, expected, idstr, case, rel) in enumerate(searches, 1):
            ref = f"{variant.upper()}{seed}-{i:05d}"
            nd, ntags = render_notary(rng, p, variant, towns)
            assert p.death is not None   # every search has a death date
            wr.writerow([ref, nd["last_name"], nd["birth_name"], nd["first_names"], p.birth.isoformat(),
                         p.death.isoformat(), nd["death_place"], idstr, expected])
            ltags = rec[p.pid]["tags"] if p.pid in rec else []
            links = ""
            if p.pid in rec:   # how the search relates to its own legacy record
                r = rec[p.pid]
                sl = names_close(surname_keys(nd["last_name"], nd["birth_name"]),
                                 surname_keys(r["usage_name"], r["birth_name"]))
                fl = firsts_close(first_tokens(nd["first_names"].replace(",", " ").split()),
                                  first_tokens(r["first_names"].split()))
                dl = D.fromisoformat(r["birth_date"]) in date_neighbours(p.birth)
                de = r["birth_date"] == p.birth.isoformat()
                links = f"S{int(sl)}F{int(fl)}D{'=' if de else int(dl)}"
            wc.writerow([ref, case, rel, links, " ".join(ntags), " ".join(ltags)])

    print(f"{out}: {len(members)} persons, {len(rows)} extract rows, {len(dup_groups)} duplicate groups, "
          f"{len(searches)} searches ({n_mem} member, {n_non} nonmember, {n_amb} ambiguous); "
          f"guard rejections {stats_rejected}; collision nudges {nudged}; "
          f"members skipped (identity shown by another record) {member_skipped}; faker={HAVE_FAKER}")


def main() -> None:
    assert __doc__ is not None
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--variant", choices=["fr", "en"], default="fr")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--people", type=int, default=50000)
    ap.add_argument("--searches", type=int, default=5000)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    generate(a.variant, a.seed, a.people, a.searches, a.out)


if __name__ == "__main__":
    main()
