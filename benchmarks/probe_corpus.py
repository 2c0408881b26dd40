"""Held-out labelled corpus for the notary / IODAS matcher, written from the issue's description only, by someone
who never saw the matching engine: the issue's variations plus quirks of a French legacy extract (remarried women
under the first husband's name, particles, placeholder dates 01/01 and 31/12, MARIE-THERESE -> M THERESE,
dictation and AZERTY typos).  Writes DIR/extract.csv (legacy IODAS extract), DIR/labelled.csv (notary searches
with the expected answer) and DIR/cases.csv (kind of search and variations applied for each search).
"""
# usage: python -m benchmarks.probe_corpus --seed 81 --people 50000 --searches 5000 --out DIR
# Standard library only; deterministic per seed (no iteration over hash-ordered sets drives a random draw).
import argparse
import csv
import math
import os
import random
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from itertools import accumulate
from typing import Generic, NotRequired, Optional, TypedDict, TypeVar

from benchmarks import probe_names as names

REF_DATE = date(2026, 11, 1)          # latest possible death date / extract date
EXTRACT_DATE = date(2026, 10, 15)     # latest aid start in the extract

# ----------------------------------------------------------------------------- types

T = TypeVar('T')

# (letters, phonetic key, significant tokens) of a surname, see sur_key()
SurKey = tuple[str, str, frozenset[str]]
# one aid row of the extract: (aid code, start, end or None)
Aid = tuple[str, date, Optional[date]]


class Person(TypedDict):
    """A true identity drawn from the population model (see Population.person)."""
    sex: str                # 'M' or 'F'
    B: str                  # birth (family) name, with accents
    origin: str             # 'fr', 'pt', 'it', 'mg', 'wa', 'vn', 'es'
    kind: str               # surname kind: 'common', 'twin_family', 'particle', 'foreign', 'compound', 'rare'
    first: list[str]        # given names, in civil order
    date: date              # birth date
    placeholder: bool       # birth date is a 01-01 / 12-31 placeholder
    status: str             # women: 'married', 'widow', 'single', 'divorced_*', 'remarried'; men: ''
    usage: str              # usage name (B for men and single women)
    exh: Optional[str]      # ex-husband's name (divorced women)
    h1: Optional[str]       # first husband's name (remarried women)
    h2: Optional[str]       # current husband's name


class Record(TypedDict):
    """What the legacy extract shows for a person."""
    usage_name: str
    birth_name: str
    first_names: str
    birth_date: date
    names_true: tuple[str, str]     # (usage, birth) names before the legacy formatting and typos


class Entry(TypedDict):
    """A person of the extract: one iodas id, one record, one or more aid rows."""
    p: Person
    rec: Record
    tags: list[str]
    aids: list[Aid]
    ids: list[str]
    group: Optional[tuple[str, int]]    # ('duplicate' | 'homonym', pair number)
    kin: Optional[tuple[str, int]]      # ('couple' | 'father_son' | 'siblings', group number)
    # filled in by Gen.build_extract once every person is drawn
    id: NotRequired[str]
    mdr: NotRequired[str]
    sk: NotRequired[list[SurKey]]
    ft: NotRequired[set[str]]
    f0: NotRequired[str]
    d8: NotRequired[str]
    rec_letters: NotRequired[set[str]]


class Ident(TypedDict):
    """The parts of a true identity that Gen.confusable compares with the extract records."""
    sk: list[SurKey]
    ft: set[str]
    d: date
    f0: set[str]


class Search(TypedDict):
    """One notary search with its expected answer (a row of labelled.csv and cases.csv)."""
    case: str
    expected: str
    ids: str
    tags: list[str]
    last: str
    birth: str
    first: str
    bdate: str
    death: str
    place: str

# ----------------------------------------------------------------------------- text utils

def strip_accents(s: str) -> str:
    s = s.replace('œ', 'oe').replace('Œ', 'OE').replace('æ', 'ae').replace('Æ', 'AE')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def up(s: str) -> str:
    return strip_accents(s).upper()


def letters(s: str) -> str:
    return re.sub('[^A-Z]', '', up(s))


def toks(s: str) -> list[str]:
    return [t for t in re.split('[^A-Z]+', up(s)) if t]


def osa(a: str, b: str, maxd: int = 3) -> int:
    """Optimal-string-alignment (restricted Damerau) distance, early exit above maxd."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    if abs(la - lb) > maxd:
        return maxd + 1
    prev2: list[int] = []    # row i-2, only read when i > 1
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        ai = a[i - 1]
        for j in range(1, lb + 1):
            cost = 0 if ai == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        prev2, prev = prev, cur
    return prev[lb]


def phon(s: str) -> str:
    """Crude French phonetic key, used only by the conservative 'could be the same person' check."""
    s = letters(s)
    s = re.sub('(AULT|AUD|AUT|AUX|EAUX|EAU)$', 'O', s)
    s = s.replace('SCH', '#').replace('CH', '#').replace('PH', 'F').replace('CK', 'K')
    s = s.replace('QU', 'K').replace('Q', 'K').replace('W', 'V').replace('Y', 'I').replace('BV', 'V')
    s = re.sub('C(?=[EI])', 'S', s).replace('C', 'K')
    s = re.sub('G(?=[EI])', 'J', s).replace('GU', 'G')
    s = s.replace('EAU', 'O').replace('AU', 'O').replace('AI', 'E').replace('EI', 'E')
    s = s.replace('H', '').replace('EN', 'AN')
    s = re.sub(r'(.)\1+', r'\1', s)
    while len(s) > 3 and s[-1] in 'TDSXZPE':
        s = s[:-1]
    return s


PARTICLES = {'DE', 'DU', 'DES', 'LA', 'LE', 'LES', 'DA', 'DOS', 'DAS', 'DI', 'VAN', 'VON', 'DER', 'DEN',
             'EL', 'BEN', 'AIT', 'ST', 'SAINT', 'SAINTE', 'STE', 'D', 'L', 'N', 'M'}


GLUED_PARTICLES = {'DE', 'DELA', 'DELE', 'DU', 'DES', 'LE', 'LA', 'DA', 'DAS', 'DOS', 'DI', 'VAN', 'VANDE', 'VANDER',
                   'VON', 'D', 'L', 'N', 'M', 'EL', 'BEN', 'AIT', 'SAINT', 'SAINTE', 'ST', 'STE'}


def sur_key(s: str) -> SurKey:
    return (letters(s), phon(s), frozenset(t for t in toks(s) if t not in PARTICLES and len(t) >= 3))


def sur_compat(ka: SurKey, kb: SurKey) -> bool:
    """Could these two surname spellings be the same name under the noise model
    (one data-entry typo or phonetic slip, particle/compound/Saint handling)?"""
    ja, pa, ta = ka
    jb, pb, tb = kb
    if not ja or not jb:
        return False
    if ja == jb or (ta & tb):
        return True
    short = min(len(ja), len(jb))
    lo, hi = (ja, jb) if len(ja) <= len(jb) else (jb, ja)
    if short >= 3 and hi.endswith(lo) and hi[:-len(lo)] in GLUED_PARTICLES:
        return True
    d = osa(ja, jb, 2)
    if d <= 1 or (d == 2 and short >= 8):
        return True
    return pa == pb


def fn_tokens(first_names: Iterable[str]) -> set[str]:
    """first_names: iterable of given names (may contain hyphen/space compounds)."""
    out: set[str] = set()
    for fn in first_names:
        parts = toks(fn)
        out.update(parts)
        if len(parts) > 1:
            out.add(''.join(parts))
    return out


_FN_PAIR: dict[tuple[str, str], bool] = {}


def fn_compat(A: set[str], B: set[str]) -> bool:
    """A shared given name, allowing one typo (Michèle / MICHEL) on names of 4+ letters."""
    if A & B:
        return True
    for a in A:
        if len(a) < 4:
            continue
        for b in B:
            if len(b) >= 4 and abs(len(a) - len(b)) <= 1:
                k = (a, b)
                v = _FN_PAIR.get(k)
                if v is None:
                    v = _FN_PAIR[k] = osa(a, b, 1) <= 1
                if v:
                    return True
    return False


# ----------------------------------------------------------------------------- dates

def add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def d8(d: date) -> str:
    return d.strftime('%Y%m%d')


def valid(y: int, m: int, dd: int) -> Optional[date]:
    try:
        return date(y, m, dd)
    except ValueError:
        return None


def swap_dm(d: date) -> Optional[date]:
    if d.day > 12 or d.day == d.month:
        return None
    return valid(d.year, d.day, d.month)


def date_compat(q8: str, r8: str) -> bool:
    """r8 (record) could be q8 (true date) after one digit slip, or a transposition inside a field."""
    diff = [i for i in range(8) if q8[i] != r8[i]]
    if len(diff) <= 1:
        return True
    if len(diff) == 2 and diff[1] == diff[0] + 1 and q8[diff[0]] == r8[diff[1]] and q8[diff[1]] == r8[diff[0]]:
        return diff[0] in (2, 4, 6)
    return False


@lru_cache(maxsize=None)
def _field_nb(v: str, lo: int, hi: int) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {0: [v], 1: [], 2: []}
    for x in range(lo, hi + 1):
        s = '%02d' % x
        h = (s[0] != v[0]) + (s[1] != v[1])
        if h:
            out[h].append(s)
    return out


@lru_cache(maxsize=200000)
def date_nbhd_wide(s8: str) -> tuple[str, ...]:
    """All 19YYMMDD strings within Hamming distance 2 of s8 on YYMMDD (valid month/day fields)."""
    yy, mm, dd = s8[2:4], s8[4:6], s8[6:8]
    Y, M, D = _field_nb(yy, 0, 99), _field_nb(mm, 1, 12), _field_nb(dd, 1, 31)
    out: list[str] = []
    for hy in range(3):
        for hm in range(3 - hy):
            for hd in range(3 - hy - hm):
                for y in Y[hy]:
                    for m in M[hm]:
                        for x in D[hd]:
                            out.append('19' + y + m + x)
    return tuple(out)


@lru_cache(maxsize=200000)
def date_nbhd(s8: str) -> tuple[str, ...]:
    """All 19YYMMDD strings r with date_compat(s8, r): one digit changed on YYMMDD, or an
    in-field transposition (invalid dates are simply absent from the index)."""
    out = {s8}
    for i in range(2, 8):
        for c in '0123456789':
            if c != s8[i]:
                out.add(s8[:i] + c + s8[i + 1:])
    for i in (2, 4, 6):
        out.add(s8[:i] + s8[i + 1] + s8[i] + s8[i + 2:])
    return tuple(sorted(out))


# ----------------------------------------------------------------------------- sampling helpers

class Wsampler(Generic[T]):
    """Weighted sampler over a fixed list of items (one rng.random() draw per call)."""

    def __init__(self, items: Iterable[T], weights: Iterable[float]) -> None:
        self.items = list(items)
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


def wchoice(rng: random.Random, pairs: Sequence[tuple[T, float]]) -> T:
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for it, w in pairs:
        r -= w
        if r < 0:
            return it
    return pairs[-1][0]


def rand_date(rng: random.Random, lo: date, hi: date) -> Optional[date]:
    if hi < lo:
        return None
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


AZERTY = ["AZERTYUIOP", "QSDFGHJKLM", "WXCVBN"]
# AZERTY key -> neighbouring keys (for substitution typos)
KB_NB: dict[str, list[str]] = {}
for r, row in enumerate(AZERTY):
    for i, c in enumerate(row):
        nb: set[str] = set()
        if i > 0:
            nb.add(row[i - 1])
        if i < len(row) - 1:
            nb.add(row[i + 1])
        for rr in (r - 1, r + 1):
            if 0 <= rr < len(AZERTY):
                for j in (i - 1, i, i + 1):
                    if 0 <= j < len(AZERTY[rr]):
                        nb.add(AZERTY[rr][j])
        KB_NB[c] = sorted(nb)

PHONETIC_SLIPS = [('PH', 'F'), ('TH', 'T'), ('EAU', 'O'), ('AU', 'O'), ('Y', 'I'), ('AI', 'E'), ('EI', 'AI'),
                  ('LL', 'L'), ('SS', 'S'), ('NN', 'N'), ('TT', 'T'), ('AULT$', 'AUD'), ('AUD$', 'AULT'),
                  ('ET$', 'AIT'), ('ER$', 'E'), ('X$', 'S'), ('S$', ''), ('T$', ''), ('D$', 'T'),
                  ('EN', 'AN'), ('AN', 'EN'), ('QU', 'K'), ('CK', 'C'), ('GU', 'G')]


def typo(rng: random.Random, s: str,
         kinds: Sequence[str] = ('transpose', 'double', 'missing', 'substitute')) -> tuple[str, Optional[str]]:
    """One data-entry error in s (letters only are touched).  Returns (new, kind) or (s, None)."""
    pos = [i for i, c in enumerate(s) if c.isalpha()]
    if len(pos) < 3:
        return s, None
    for _ in range(10):
        k = rng.choice(kinds)
        if k == 'transpose':
            cand = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha()
                    and s[i].lower() != s[i + 1].lower()]
            if not cand:
                continue
            i = rng.choice(cand)
            return s[:i] + s[i + 1] + s[i] + s[i + 2:], k
        if k == 'double':
            i = rng.choice(pos[1:])
            if i + 1 < len(s) and s[i + 1].lower() == s[i].lower():
                continue
            return s[:i + 1] + s[i] + s[i + 1:], k
        if k == 'missing':
            i = rng.choice(pos[1:])
            return s[:i] + s[i + 1:], k
        if k == 'substitute':
            i = rng.choice(pos[1:])
            c = s[i]
            base = up(c)
            if base not in KB_NB:
                continue
            n = rng.choice(KB_NB[base])
            n = n if c.isupper() else n.lower()
            return s[:i] + n + s[i + 1:], k
        if k == 'phonetic':
            u = s
            opts: list[tuple[int, int, str]] = []
            for a, b in PHONETIC_SLIPS:
                pat = a if a.endswith('$') else a
                for m in re.finditer(pat, u):
                    if m.start() == 0:
                        continue
                    opts.append((m.start(), m.end(), b))
            if not opts:
                continue
            st, en, b = rng.choice(opts)
            new = u[:st] + b + u[en:]
            if new == u or len(letters(new)) < 2:
                continue
            return new, k
    return s, None


# ----------------------------------------------------------------------------- population model

def plausible_tail(n: str) -> bool:
    """Reject generated surnames with clusters French spelling does not produce."""
    s = n.lower().replace('é', 'e').replace('è', 'e')
    if re.search(r'[^aeiouy]{3}', s.replace('ch', 'C').replace('gn', 'G').replace('qu', 'Q').replace('ill', 'L')):
        return False
    if re.search(r'[^aeiouy]([^aeiouy])\1', s):
        return False
    if re.search(r'[aeiouy]{3}', s.replace('eau', 'O').replace('oux', 'Ox').replace('ieu', 'Y')):
        return False
    return True


class Population:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        seen: set[str] = set()
        hand: list[str] = []
        for s in names.HAND_SURNAMES.replace('\n', ',').split(','):
            s = s.strip()
            if s and s not in seen:
                seen.add(s)
                hand.append(s)
        self.hand = Wsampler(hand, [1.0 / (k + 1) ** 0.55 for k in range(len(hand))])
        twins = [n for g in names.TWIN_GROUPS for n in g]
        self.twin_of: dict[str, list[str]] = {}   # letters(name) -> the other names of its family
        for g in names.TWIN_GROUPS:
            for n in g:
                self.twin_of.setdefault(letters(n), [])
                self.twin_of[letters(n)].extend(x for x in g if letters(x) != letters(n))
        self.twins = Wsampler(twins, [1.0] * len(twins))
        self.particle = Wsampler(names.PARTICLE_SURNAMES, [1.0] * len(names.PARTICLE_SURNAMES))
        self.foreign = Wsampler(names.FOREIGN_SURNAMES, [1.0] * len(names.FOREIGN_SURNAMES))
        # long tail: deterministic per seed
        tail: list[str] = []
        tseen = set(letters(x) for x in hand + twins)
        trng = random.Random(rng.random())
        while len(tail) < 9000:
            n = trng.choice(names.TAIL_PREFIX) + trng.choice(names.TAIL_MID) + trng.choice(names.TAIL_SUFFIX)
            if n.count('é') > 1 or len(n) < 4 or not plausible_tail(n):
                continue
            k = letters(n)
            if k in tseen:
                continue
            tseen.add(k)
            tail.append(n)
        self.tail = Wsampler(tail, [1.0 / (k + 1) ** 0.25 for k in range(len(tail))])
        self.fn: dict[str, list[tuple[str, int, int]]] = {}   # sex -> (name, peak year, weight)
        for sex, lst in (('M', names.MALE_FIRST), ('F', names.FEMALE_FIRST)):
            agg: dict[str, tuple[int, int]] = {}
            for n, peak, w in lst:
                if n in agg:
                    agg[n] = (agg[n][0], agg[n][1] + w)
                else:
                    agg[n] = (peak, w)
            self.fn[sex] = [(n, p, w) for n, (p, w) in agg.items()]
        self._fn_cache: dict[tuple[str, int, bool], Wsampler[str]] = {}
        years = list(range(1915, 1976))
        self.by = Wsampler(years, [3 * math.exp(-((y - 1934) / 10.0) ** 2) + 0.35 for y in years])

    # --- surnames
    def surname(self) -> tuple[str, str, str]:
        """Returns (name, origin, kind)."""
        r = self.rng.random()
        if r < 0.42:
            return self.hand(self.rng), 'fr', 'common'
        if r < 0.47:
            return self.twins(self.rng), 'fr', 'twin_family'
        if r < 0.50:
            n, o = self.particle(self.rng)
            return n, o, 'particle'
        if r < 0.555:
            n, o = self.foreign(self.rng)
            return n, o, 'foreign'
        if r < 0.57:
            a, b = self.hand(self.rng), self.hand(self.rng)
            if a == b:
                return a, 'fr', 'common'
            return a + '-' + b, 'fr', 'compound'
        return self.tail(self.rng), 'fr', 'rare'

    # --- first names
    def _fn_sampler(self, sex: str, decade: int, middle: bool) -> Wsampler[str]:
        key = (sex, decade, middle)
        if key not in self._fn_cache:
            items: list[str] = []
            ws: list[float] = []
            boost = names.MALE_MIDDLE_BOOST if sex == 'M' else names.FEMALE_MIDDLE_BOOST
            for n, peak, w in self.fn[sex]:
                x = w * math.exp(-((decade + 5 - peak) / 14.0) ** 2)
                if middle:
                    if '-' in n:
                        x *= 0.3
                    x *= boost.get(n, 1.0)
                items.append(n)
                ws.append(x)
            if middle and sex == 'M':
                items.append('Marie')
                ws.append(sum(ws) * 0.02)
            self._fn_cache[key] = Wsampler(items, ws)
        return self._fn_cache[key]

    def first_names(self, sex: str, by: int, origin: str, avoid: Iterable[str] = ()) -> list[str]:
        rng = self.rng
        avoid_t: set[str] = set()
        for a in avoid:
            avoid_t.update(toks(a))
        if by <= 1940:
            k = wchoice(rng, [(1, 15), (2, 35), (3, 40), (4, 10)])
        elif by <= 1960:
            k = wchoice(rng, [(1, 25), (2, 45), (3, 27), (4, 3)])
        else:
            k = wchoice(rng, [(1, 30), (2, 50), (3, 20)])
        decade = max(1900, min(1980, by // 10 * 10))
        out: list[str] = []
        used = set(avoid_t)
        foreign = origin in names.ORIGIN_FIRST and rng.random() < 0.8
        tries = 0
        while len(out) < k and tries < 60:
            tries += 1
            if foreign and (not out or rng.random() < 0.5):
                n = rng.choice(names.ORIGIN_FIRST[origin][0 if sex == 'M' else 1])
            else:
                n = self._fn_sampler(sex, decade, bool(out))(rng)
            t = set(toks(n))
            if t & used:
                continue
            out.append(n)
            used |= t
        if not out:   # extremely unlikely
            out = ['Jean' if sex == 'M' else 'Marie']
        return out

    def birth_date(self, by: int, origin: str) -> tuple[date, bool]:
        rng = self.rng
        if origin in ('mg', 'wa', 'vn') and rng.random() < 0.3:
            return (date(by, 1, 1) if rng.random() < 0.85 else date(by, 12, 31)), True
        return date(by, 1, 1) + timedelta(days=rng.randint(0, 364 + (by % 4 == 0))), False

    def status(self, by: int) -> str:
        if by <= 1945:
            return wchoice(self.rng, [('married', 30), ('widow', 48), ('single', 9), ('divorced_reverted', 5),
                                      ('divorced_kept', 3), ('remarried', 5)])
        return wchoice(self.rng, [('married', 40), ('widow', 22), ('single', 15), ('divorced_reverted', 14),
                                  ('divorced_kept', 6), ('remarried', 3)])

    def person(self, sex: Optional[str] = None, by: Optional[int] = None, B: Optional[str] = None,
               origin: Optional[str] = None, kind: Optional[str] = None, status: Optional[str] = None,
               first: Optional[Iterable[str]] = None, bdate: Optional[date] = None, usage: Optional[str] = None,
               avoid_first: Iterable[str] = ()) -> Person:
        rng = self.rng
        if by is None:
            by = self.by(rng)
        if sex is None:
            sex = 'F' if rng.random() < (0.62 if by < 1955 else 0.5) else 'M'
        if B is None:
            B, origin, kind = self.surname()
        if origin is None:
            origin = 'fr'
        placeholder = False
        if bdate is None:
            bdate, placeholder = self.birth_date(by, origin)
        if first is None:
            first = self.first_names(sex, by, origin, avoid_first)
        p: Person = dict(sex=sex, B=B, origin=origin, kind=kind or 'common', first=list(first), date=bdate,
                 placeholder=placeholder, status='', usage=B, exh=None, h1=None, h2=None)
        if sex == 'F':
            st = status or self.status(by)
            p['status'] = st
            if st in ('married', 'widow'):
                p['usage'] = usage or self.surname()[0]
            elif st == 'divorced_kept':
                p['usage'] = p['exh'] = usage or self.surname()[0]
            elif st == 'divorced_reverted':
                p['exh'] = self.surname()[0]
            elif st == 'remarried':
                p['h1'] = self.surname()[0]
                p['usage'] = p['h2'] = usage or self.surname()[0]
            if p['usage'] == p['B'] and st not in ('single', 'divorced_reverted'):
                p['usage'] = p['h2'] = self.surname()[0] if st != 'divorced_kept' else p['usage']
        return p


def all_surnames(p: Person) -> list[str]:
    out = [p['B'], p['usage']]
    for other in (p['exh'], p['h1'], p['h2']):
        if other:
            out.append(other)
    res: list[str] = []
    for x in out:
        if x not in res:
            res.append(x)
    return res


def identity_of(p: Person) -> Ident:
    t0 = toks(p['first'][0])
    return dict(sk=[sur_key(s) for s in all_surnames(p)], ft=fn_tokens(p['first']), d=p['date'],
                f0={t0[0], ''.join(t0)})


def first0_compat(F0: set[str], r0: str) -> bool:
    """The record's first given name could be the person's first given name (one slip allowed)."""
    for x in F0:
        if x == r0 or (len(x) >= 4 and len(r0) >= 4 and abs(len(x) - len(r0)) <= 1 and osa(x, r0, 1) <= 1):
            return True
    return False


# ----------------------------------------------------------------------------- extract (legacy) side

def ext_surname_form(rng: random.Random, name: str, tags: list[str]) -> str:
    """Upper case, no accents, and the legacy handling of particles / apostrophes / Saint / hyphens."""
    u = up(name)
    if "'" in u:
        r = rng.random()
        if r < 0.40:
            tags.append('rec_apostrophe_dropped')
            return u.replace("'", '')
        if r < 0.55:
            tags.append('rec_apostrophe_space')
            return u.replace("'", ' ')
        return u
    t = u.split(' ')
    if u.startswith('SAINT-') or u.startswith('SAINTE-'):
        r = rng.random()
        if r < 0.2:
            tags.append('rec_saint_space')
            return u.replace('-', ' ', 1)
        if r < 0.35:
            tags.append('rec_saint_abbrev')
            return u.replace('SAINTE-', 'STE ').replace('SAINT-', 'ST ')
        if r < 0.5:
            tags.append('rec_saint_abbrev')
            return u.replace('SAINTE-', 'STE-').replace('SAINT-', 'ST-')
        return u
    if len(t) > 1 and t[0] in PARTICLES:
        r = rng.random()
        if t[0] in ('LE', 'VAN'):
            if r < 0.3:
                tags.append('rec_particle_glued')
                return ''.join(t)
            return u
        if r < 0.15:
            tags.append('rec_particle_glued')
            return ''.join(t)
        if r < 0.23 and len(t) == 3:
            tags.append('rec_particle_half_glued')
            return t[0] + ' ' + t[1] + t[2]
        if r < 0.31:
            tags.append('rec_particle_dropped')
            return ' '.join(t[1:])
        return u
    if '-' in u and not u.startswith('SAINT'):
        r = rng.random()
        if r < 0.25:
            tags.append('rec_compound_space')
            return u.replace('-', ' ')
        if r < 0.35:
            tags.append('rec_compound_first_part')
            return u.split('-')[0]
        return u
    return u


def ext_first_names(rng: random.Random, first: list[str], tags: list[str]) -> str:
    n = len(first)
    r = rng.random()
    if n == 1 or r < 0.35:
        keep = first
        if n > 1:
            tags.append('rec_all_first_names')
    elif r < 0.45 and n >= 3:
        keep = first[:2]
        tags.append('rec_first_two')
    else:
        keep = first[:1]
        tags.append('first_only')
    out: list[str] = []
    for f in keep:
        u = up(f)
        if u.startswith('MARIE-') and rng.random() < 0.06:
            u = rng.choice(['M-', 'M ', 'M.']) + u[6:]
            tags.append('rec_marie_abbrev')
        elif '-' in u:
            r2 = rng.random()
            if r2 < 0.12:
                u = u.replace('-', ' ')
                tags.append('rec_first_hyphen_space')
            elif r2 < 0.14:
                u = u.replace('-', '')
                tags.append('rec_first_hyphen_glued')
        out.append(u)
    if rng.random() < 0.02:
        f0 = out[0]
        masc = f0[:-1] if f0.endswith('E') else None
        known = {up(x[0]) for x in names.MALE_FIRST}
        if masc and masc in known and rng.random() < 0.7:
            out[0] = masc
            tags.append('rec_first_name_gender_slip')
        else:
            new, k = typo(rng, f0)
            if k:
                out[0] = new
                tags.append('rec_typo_first_name:' + k)
    sep = '  ' if (len(out) > 1 and rng.random() < 0.005) else ' '
    if sep == '  ':
        tags.append('rec_double_space')
    return sep.join(out)


def ext_date(rng: random.Random, d: date, tags: list[str]) -> date:
    if rng.random() < 0.07:
        swapped = swap_dm(d)
        if swapped:
            d = swapped
            tags.append('dm_swap')
    if rng.random() < 0.03:
        for _ in range(10):
            y = d.year
            if rng.random() < 0.7:
                ny = y - y % 10 + rng.choice([x for x in range(10) if x != y % 10])
            else:
                ny = y + rng.choice([-10, 10])
            nd = valid(ny, d.month, d.day) if 1900 <= ny <= 1999 else None
            if nd:
                d = nd
                tags.append('year_digit')
                break
    if rng.random() < 0.008 and 'year_digit' not in tags:
        for _ in range(10):
            s = '%02d' % d.day
            i = rng.randint(0, 1)
            c = str(rng.choice([x for x in range(10) if str(x) != s[i]]))
            ns = s[:i] + c + s[i + 1:]
            nd = valid(d.year, d.month, int(ns)) if int(ns) > 0 else None
            if nd:
                d = nd
                tags.append('rec_day_digit')
                break
    return d


def make_record(rng: random.Random, p: Person) -> tuple[Record, list[str]]:
    """The legacy extract identity of person p.  Returns dict + tags."""
    tags: list[str] = []
    st, B = p['status'], p['B']
    if p['sex'] == 'M' or st == 'single':
        u, b = B, (B if rng.random() < (0.4 if p['sex'] == 'M' else 0.45) else '')
    elif st in ('married', 'widow'):
        r = rng.random()
        if r < 0.84:
            u, b = p['usage'], B
        elif r < 0.96:
            u, b = p['usage'], ''
            tags.append('rec_no_birth_name')
        elif r < 0.97:
            u, b = B, p['usage']
            tags.append('rec_names_swapped')
        elif r < 0.98:
            u, b = p['usage'], p['usage']
            tags.append('rec_birth_name_is_usage')
        else:
            u, b = B, ''
            tags.append('rec_maiden_name_only')
    elif st == 'divorced_reverted':
        r = rng.random()
        if r < 0.5:
            u, b = B, B
        elif r < 0.8:
            u, b = B, ''
        else:
            assert p['exh'] is not None     # always set for divorced women
            u, b = p['exh'], B
            tags.append('rec_ex_husband_name')
    elif st == 'divorced_kept':
        if rng.random() < 0.85:
            u, b = p['usage'], B
        else:
            u, b = p['usage'], ''
            tags.append('rec_no_birth_name')
    else:  # remarried
        assert p['h1'] is not None and p['h2'] is not None     # always set for remarried women
        if rng.random() < 0.9:
            u, b = p['h1'], B
            tags.append('rec_first_husband_name')
        else:
            u, b = p['h2'], B
    forms: dict[str, str] = {}

    def form(n: str) -> str:
        if n not in forms:
            forms[n] = ext_surname_form(rng, n, tags)
        return forms[n]
    U = form(u)
    Bf = form(b) if b else ''
    if rng.random() < 0.04:
        kinds = ('transpose', 'double', 'missing', 'substitute', 'phonetic')
        if Bf and Bf != U and rng.random() < 0.3:
            new, k = typo(rng, Bf, kinds)
            if k:
                Bf = new
                tags.append('typo_birth_name:' + k)
        else:
            new, k = typo(rng, U, kinds)
            if k:
                U = new
                tags.append('typo_surname:' + k)
    if rng.random() < 0.008:
        U = U + ' '
        tags.append('rec_trailing_space')
    fn = ext_first_names(rng, p['first'], tags)
    d = ext_date(rng, p['date'], tags)
    rec: Record = dict(usage_name=U, birth_name=Bf, first_names=fn, birth_date=d, names_true=(u, b))
    return rec, tags


def make_aids(rng: random.Random, p: Person) -> list[Aid]:
    b = p['date']
    by = b.year
    if by >= 1960:
        pool = [('PCH', .7), ('ASH', .3)]
    elif by >= 1950:
        pool = [('PCH', .3), ('APA', .45), ('ASH', .15), ('AM', .1)]
    else:
        pool = [('APA', .55), ('ASH', .3), ('AM', .15)]
    k = wchoice(rng, [(1, 65), (2, 27), (3, 8)])
    codes: list[str] = []
    pl = list(pool)
    while pl and len(codes) < k:
        c = wchoice(rng, pl)
        codes.append(c)
        pl = [x for x in pl if x[0] != c]

    def window(c: str) -> tuple[date, date]:
        if c == 'APA':
            return max(date(2002, 1, 1), add_years(b, 60)), min(EXTRACT_DATE, add_years(b, 100))
        if c == 'ASH':
            lo = add_years(b, 60) if by < 1960 else add_years(b, 20)
            return max(date(1998, 1, 1), lo), min(EXTRACT_DATE, add_years(b, 100))
        if c == 'AM':
            return max(date(1998, 1, 1), add_years(b, 60)), min(EXTRACT_DATE, add_years(b, 98))
        return max(date(2006, 1, 1), add_years(b, 20)), min(EXTRACT_DATE, add_years(b, 59))
    rows: list[Aid] = []
    for c in codes:
        lo, hi = window(c)
        s = rand_date(rng, lo, hi)
        if s is None:
            continue
        e: Optional[date] = None
        if rng.random() < 0.55:
            e = s + timedelta(days=rng.randint(30, 3650))
            if e > EXTRACT_DATE:
                e = None
        rows.append((c, s, e))
    if not rows:
        for c in ('APA', 'ASH', 'PCH'):
            lo, hi = window(c)
            s = rand_date(rng, lo, hi)
            if s:
                rows.append((c, s, None))
                break
    rows.sort(key=lambda x: x[1])
    return rows


# ----------------------------------------------------------------------------- notary (clerk) side

def title_particles(name: str) -> str:
    return name  # certificate form is stored already


def clerk_view(rng: random.Random, p: Person, rec_names: Optional[set[str]] = None,
               prefer: Optional[str] = None) -> tuple[str, str, list[str], list[str], str]:
    """What the clerk types from the death certificate of p.
    rec_names: normalised surnames present in the matching record (for members: the clerk's choice
    must keep at least one of them, otherwise the person is not findable at all).
    prefer: 'family' -> the birth (family) name must appear in a field; 'usage' -> usage name as last name.
    Returns (last, birth, first, tags, how)."""
    tags: list[str] = []
    B, U = p['B'], p['usage']
    opts: list[tuple[tuple[str, str], float]]
    if p['sex'] == 'M' or U == B:
        opts = [(('B', ''), 88), (('B', 'B'), 12)]
    else:
        opts = [(('U', ''), 35), (('U', 'B'), 30), (('B', ''), 25), (('B', 'B'), 8), (('B', 'U'), 2)]
    if prefer == 'family':
        opts = [o for o in opts if 'B' in o[0]]
    elif prefer == 'usage':
        opts = [o for o in opts if o[0][0] == 'U'] or opts
    if rec_names is not None:
        def ok(o: tuple[tuple[str, str], float]) -> bool:
            for x in o[0]:
                if x and letters(B if x == 'B' else U) in rec_names:
                    return True
            return False
        opts = [o for o in opts if ok(o)] or [(('U', 'B'), 1)]
    (l, bf) = wchoice(rng, opts)
    last = B if l == 'B' else U
    birth = '' if not bf else (B if bf == 'B' else U)
    if p['sex'] == 'F' and U != B:
        how = {('U', ''): 'by_usage_name', ('U', 'B'): 'by_usage_and_birth_name', ('B', ''): 'by_birth_name',
               ('B', 'B'): 'by_birth_name_twice', ('B', 'U'): 'names_in_swapped_fields'}[(l, bf)]
        if how == 'names_in_swapped_fields':
            tags.append('clerk_names_swapped')
        if l == 'B':
            tags.append('birth_name_as_last')
        if bf == 'B':
            tags.append('birth_name_field')
    else:
        how = 'plain'
        if bf:
            tags.append('birth_name_field')
    # first names
    first = list(p['first'])
    n = len(first)
    if n > 1:
        r = rng.random()
        if r < 0.50:
            sel = first
        elif r < 0.78:
            sel = first[:1]
            tags.append('clerk_first_only')
        elif r < 0.88 and n >= 3:
            sel = first[:2]
            tags.append('clerk_first_two')
        elif r < 0.95:
            k = rng.randint(1, n - 1) if n > 2 else 1
            sel = sorted(rng.sample(first, k), key=first.index)
            tags.append('clerk_first_subset')
        else:
            sel = first
        if len(sel) > 1 and rng.random() < 0.10:
            sel = sel[:]
            while sel == [f for f in first if f in sel]:
                rng.shuffle(sel)
            tags.append('clerk_first_reordered')
    else:
        sel = first
    return last, birth, sel, tags, how


def render_search(rng: random.Random, p: Person, last: str, birth: str, sel: list[str],
                  tags: list[str]) -> tuple[str, str, str]:
    """Casing / accents / hyphens / typos.  Returns (last, birth, first_names_string)."""
    drop_acc = rng.random() < 0.18
    style = wchoice(rng, [('title', 60), ('upper', 35), ('lower', 2), ('allupper', 3)])
    if any('-' in f for f in sel) and rng.random() < 0.3:
        sel = [f.replace('-', ' ') for f in sel]
        tags.append('hyphen_dropped')

    def fmt_s(s: str) -> str:
        if not s:
            return s
        if style in ('upper', 'allupper'):
            s = s.upper()
        elif style == 'lower':
            s = s.lower()
        return s
    last, birth = fmt_s(last), fmt_s(birth)
    if ' ' in last and letters(last) and rng.random() < 0.04 and toks(last)[0] in PARTICLES:
        last = last.replace(' ', '')
        tags.append('clerk_particle_glued')
    fs = sel
    if style == 'allupper':
        fs = [f.upper() for f in fs]
    elif style == 'lower':
        fs = [f.lower() for f in fs]
    if rng.random() < 0.02:
        new, k = typo(rng, last)
        if k:
            last = new
            tags.append('clerk_typo_surname:' + k)
    if rng.random() < 0.015:
        i = rng.randrange(len(fs))
        new, k = typo(rng, fs[i])
        if k:
            fs = fs[:i] + [new] + fs[i + 1:]
            tags.append('clerk_typo_first_name:' + k)
    sep = ' '
    if len(fs) > 1 and rng.random() < 0.01:
        sep = ', '
        tags.append('clerk_commas')
    first = sep.join(fs)
    if drop_acc:
        last, birth, first = strip_accents(last), strip_accents(birth), strip_accents(first)
        if any(strip_accents(x) != x for x in (p['B'], p['usage']) + tuple(p['first'])):
            tags.append('accents_dropped')
    if style in ('upper', 'allupper') and last:
        tags.append('upper_surname')
    return last, birth, first


# ----------------------------------------------------------------------------- generator

class Gen:
    # filled in by build_extract() and run()
    persons: list[Entry]
    dup_pairs: list[tuple[str, Entry, Entry]]
    index: dict[str, list[Entry]]       # record birth date (YYYYMMDD) -> extract persons
    by_id: dict[str, Entry]
    stats: dict[str, int]
    out: list[Search]

    def __init__(self, seed: int, people: int, searches: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.n_people = people
        self.n_search = searches
        self.pop = Population(self.rng)
        self.communes = Wsampler([c for c, _ in names.COMMUNES], [w for _, w in names.COMMUNES])

    # ---- extract
    def build_extract(self) -> None:
        rng, pop = self.rng, self.pop
        N_ = self.n_people
        persons: list[Entry] = []      # list of dicts: person, rec, tags, aids, ids(list), group
        self.persons = persons

        def add(p: Person, group: Optional[tuple[str, int]] = None,
                kin: Optional[tuple[str, int]] = None) -> Entry:
            rec, tags = make_record(rng, p)
            e: Entry = dict(p=p, rec=rec, tags=tags, aids=make_aids(rng, p), ids=[], group=group, kin=kin)
            persons.append(e)
            return e
        n_ids = 0
        target_dup = round(0.007 * N_)
        target_hom = round(0.0015 * N_)
        target_couple = round(0.015 * N_)
        target_fs = round(0.0025 * N_)
        target_sib = round(0.005 * N_)
        specials: list[tuple[str, list[Person]]] = []
        for _ in range(target_couple):
            w = pop.person(sex='F', status=rng.choice(['married', 'married', 'widow']))
            by = max(1915, min(1975, w['date'].year - rng.randint(-2, 7)))
            h = pop.person(sex='M', by=by, B=w['usage'])
            specials.append(('couple', [w, h]))
        for _ in range(target_fs):
            fby = rng.randint(1915, 1947)
            f = pop.person(sex='M', by=fby)
            sby = min(1975, fby + rng.randint(25, 30))
            first = [f['first'][0]] + (f['first'][1:] if rng.random() < 0.35 else
                                        pop.first_names('M', sby, f['origin'], avoid=f['first'])[:rng.randint(0, 2)])
            s = pop.person(sex='M', by=sby, B=f['B'], origin=f['origin'], kind=f['kind'], first=first)
            specials.append(('father_son', [f, s]))
        for _ in range(target_sib):
            a = pop.person()
            by = max(1915, min(1975, a['date'].year + rng.choice([-1, 1]) * rng.randint(1, 10)))
            b = pop.person(by=by, B=a['B'], origin=a['origin'], kind=a['kind'], avoid_first=a['first'])
            specials.append(('siblings', [a, b]))
        gid = 0
        for kind, ps in specials:
            gid += 1
            es = [add(p, kin=(kind, gid)) for p in ps]
            n_ids += len(es)
        dup_pairs: list[tuple[str, Entry, Entry]] = []
        for k in range(target_dup + target_hom):
            p = pop.person()
            e1 = add(p)
            e2: Entry = dict(p=p, rec=e1['rec'], tags=e1['tags'], aids=make_aids(rng, p), ids=[],
                      group=None, kin=None)
            persons.append(e2)
            kind = 'duplicate' if k < target_dup else 'homonym'
            e1['group'] = e2['group'] = (kind, k)
            dup_pairs.append((kind, e1, e2))
            n_ids += 2
        while n_ids < N_:
            add(pop.person())
            n_ids += 1
        self.dup_pairs = dup_pairs
        # iodas ids: 7-digit strings, unique (leading zeros allowed)
        ids = rng.sample(range(0, 10_000_000), len(persons))
        for e, i in zip(persons, ids):
            e['id'] = '%07d' % i
        for e in persons:
            e['mdr'] = 'MDR%02d' % rng.randint(1, 9)
        for kind, e1, e2 in dup_pairs:
            if kind == 'duplicate' and rng.random() < 0.7:
                e2['mdr'] = e1['mdr']
        # confusability index: what the extract shows (record fields), by birth date
        self.index = {}
        self.by_id = {}
        for e in persons:
            rec, p = e['rec'], e['p']
            sk: list[SurKey] = []
            seen: set[str] = set()
            for x in (rec['usage_name'], rec['birth_name']):
                key = sur_key(x)
                if key[0] and key[0] not in seen:
                    seen.add(key[0])
                    sk.append(key)
            e['sk'], e['ft'] = sk, fn_tokens(rec['first_names'].split())
            e['f0'] = (toks(rec['first_names']) or [''])[0]
            e['d8'] = d8(rec['birth_date'])
            e['rec_letters'] = {letters(x) for x in (rec['usage_name'], rec['birth_name']) if x.strip()} | \
                               {letters(x) for x in rec['names_true'] if x}
            self.by_id[e['id']] = e
            self.index.setdefault(e['d8'], []).append(e)

    def confusable(self, ident: Ident, wide: bool = False) -> list[str]:
        """ids of extract persons whose record could be the person with identity ident.
        Narrow test (the noise model, with a conservative reading of given names): a surname within
        one slip / particle handling / same phonetic key, ANY shared given name, and a birth date
        within one digit, an in-field transposition and/or a day-month swap.
        wide=True (used for every nonmember) adds a margin: the same surname test, the record's first
        given name matching the person's first given name, and a birth date within ANY two digits
        (and/or a swap), so that a nonmember never sits at the edge of the noise model."""
        if ident['d'].year < 1900 or ident['d'].year > 1999:
            return []
        qs = [d8(ident['d'])]
        s = swap_dm(ident['d'])
        if s:
            qs.append(d8(s))
        out: set[str] = set()
        passes = [(date_nbhd, False)] + ([(date_nbhd_wide, True)] if wide else [])
        for nb, strict_first in passes:
            seen: set[str] = set()
            for q in qs:
                for cand in nb(q):
                    lst = self.index.get(cand)
                    if not lst:
                        continue
                    for e in lst:
                        if e['id'] in seen or e['id'] in out:
                            continue
                        seen.add(e['id'])
                        if strict_first:
                            if not first0_compat(ident['f0'], e['f0']):
                                continue
                        elif not fn_compat(ident['ft'], e['ft']):
                            continue
                        if any(sur_compat(a, b) for a in ident['sk'] for b in e['sk']):
                            out.add(e['id'])
        return sorted(out)

    # ---- searches
    def death_after(self, p: Person, after: Optional[date] = None, member: bool = False) -> Optional[date]:
        rng = self.rng
        b = p['date']
        hi = min(REF_DATE, add_years(b, 104))
        if after is not None:
            lo = max(after + timedelta(days=20), date(2010, 1, 1))
            if lo > hi:
                return None
            # elderly beneficiaries usually die a few years after their last aid started
            gap = int(rng.expovariate(1 / 1500.0))
            d = lo + timedelta(days=gap)
            if d > hi:
                return rand_date(rng, lo, hi)
            return d
        lo = max(date(2010, 1, 1), add_years(b, 35))
        return rand_date(rng, lo, hi)

    def emit(self, case: str, p: Person, expected: str, ids: list[str], tags: list[str], last: str, birth: str,
             first: str, death: date) -> None:
        self.out.append(dict(case=case, expected=expected, ids=' '.join(ids), tags=tags,
                             last=last, birth=birth, first=first, bdate=p['date'].isoformat(),
                             death=death.isoformat(), place=self.communes(self.rng)))

    def person_tags(self, p: Person) -> list[str]:
        t: list[str] = []
        if p['kind'] in ('particle', 'compound', 'twin_family', 'foreign'):
            t.append('surname_' + p['kind'])
        if p['placeholder']:
            t.append('date_placeholder')
        if any('-' in f for f in p['first']):
            t.append('compound_first_name')
        if len(p['first']) > 1:
            t.append('first_names:%d' % len(p['first']))
        return t

    def gen_members(self, n: int) -> int:
        rng = self.rng
        cands = [e for e in self.persons if e['group'] is None]
        rng.shuffle(cands)
        made = rejected = 0
        for e in cands:
            if made >= n:
                break
            p = e['p']
            last_start = max(a[1] for a in e['aids'])
            death = self.death_after(p, after=last_start, member=True)
            if death is None:
                continue
            conf = self.confusable(identity_of(p))
            if [i for i in conf if i != e['id']]:
                rejected += 1
                continue
            if not conf:
                self.stats['member_own_record_beyond_noise'] = self.stats.get('member_own_record_beyond_noise', 0) + 1
            last, birth, sel, ctags, how = clerk_view(rng, p, rec_names=e['rec_letters'])
            if not fn_tokens(sel) & e['ft'] and \
                    not fn_compat(fn_tokens(sel), fn_tokens(e['rec']['first_names'].split())):
                # the clerk typed only given names the extract does not hold: re-draw with all names
                sel = list(p['first'])
                ctags = [t for t in ctags if not t.startswith('clerk_first')]
            tags = list(e['tags']) + ctags + self.person_tags(p)
            if e['kin']:
                tags.append('kin_in_extract:' + e['kin'][0])
            last, birth, first = render_search(rng, p, last, birth, sel, tags)
            if p['sex'] == 'M':
                case = 'member:plain'
            elif p['status'] == 'single' or (p['status'] == 'divorced_reverted' and how == 'plain'):
                case = 'member:single_woman' if p['status'] == 'single' else 'member:divorced_woman_maiden_name'
            else:
                st = {'married': 'married_woman', 'widow': 'widow', 'divorced_kept': 'divorced_woman',
                      'divorced_reverted': 'divorced_woman', 'remarried': 'remarried_woman'}[p['status']]
                case = 'member:%s_%s' % (st, how)
            self.emit(case, p, 'member', [e['id']], tags, last, birth, first, death)
            made += 1
        self.stats['member_rejected_confusable'] = rejected
        return made

    def gen_ambiguous(self, n: int) -> int:
        rng = self.rng
        pairs = list(self.dup_pairs)
        rng.shuffle(pairs)
        # keep the mix ~3/4 duplicates, 1/4 true homonyms
        dups = [x for x in pairs if x[0] == 'duplicate']
        homs = [x for x in pairs if x[0] == 'homonym']
        nh = min(len(homs), n // 4)
        chosen = homs[:nh] + dups[:n - nh]
        made = 0
        for kind, e1, e2 in chosen:
            p = e1['p']
            conf = self.confusable(identity_of(p))
            ids = sorted([e1['id'], e2['id']])
            if [i for i in conf if i not in ids]:
                continue
            last_start = max(a[1] for a in e1['aids'] + e2['aids'])
            death = self.death_after(p, after=last_start, member=True)
            if death is None:
                continue
            last, birth, sel, ctags, how = clerk_view(rng, p, rec_names=e1['rec_letters'])
            if not fn_tokens(sel) & e1['ft']:
                sel = list(p['first'])
                ctags = [t for t in ctags if not t.startswith('clerk_first')]
            tags = list(e1['tags']) + ctags + self.person_tags(p)
            last, birth, first = render_search(rng, p, last, birth, sel, tags)
            self.emit('ambiguous:' + kind, p, 'ambiguous', ids, tags, last, birth, first, death)
            made += 1
        return made

    def try_nonmember(self, case: str, p: Person, extra_tags: list[str], prefer: Optional[str] = None) -> bool:
        ident = identity_of(p)
        if not (1900 <= p['date'].year <= 1999):
            return False
        if self.confusable(ident, wide=True):
            k = 'regenerated:' + case.split(':')[1]
            self.stats[k] = self.stats.get(k, 0) + 1
            return False
        death = self.death_after(p)
        if death is None:
            return False
        last, birth, sel, ctags, how = clerk_view(self.rng, p, prefer=prefer)
        tags = list(extra_tags) + ctags + self.person_tags(p)
        if how != 'plain':
            tags.append('woman_' + how)
        last, birth, first = render_search(self.rng, p, last, birth, sel, tags)
        self.emit(case, p, 'nonmember', [], tags, last, birth, first, death)
        return True

    def gen_nonmember(self, kind: str, n: int) -> int:
        rng, pop = self.rng, self.pop
        made, attempts = 0, 0
        pool = [e for e in self.persons if e['group'] is None]
        first: Optional[list[str]]
        pref: Optional[str]
        while made < n and attempts < n * 60:
            attempts += 1
            a = rng.choice(pool)['p']
            by = a['date'].year
            if kind == 'stranger':
                p = pop.person()
                if self.try_nonmember('nonmember:stranger', p, []):
                    made += 1
                continue
            if kind == 'sibling':
                sb = by + rng.choice([-1, 1]) * rng.randint(1, 12)
                if not 1915 <= sb <= 1975:
                    continue
                p = pop.person(by=sb, B=a['B'], origin=a['origin'], kind=a['kind'], avoid_first=a['first'])
                ok = self.try_nonmember('nonmember:sibling', p, ['age_gap:%dy' % abs(sb - by)],
                                        prefer='family' if rng.random() < 0.8 else None)
            elif kind == 'twin':
                if a['placeholder']:
                    continue
                p = pop.person(by=by, B=a['B'], origin=a['origin'], kind=a['kind'], bdate=a['date'],
                               avoid_first=a['first'])
                ok = self.try_nonmember('nonmember:twin', p, ['same_birth_date'],
                                        prefer='family' if rng.random() < 0.8 else None)
            elif kind == 'spouse':
                if a['sex'] == 'F':
                    if a['usage'] == a['B']:
                        continue
                    sb = by - rng.randint(-2, 8)
                    if not 1915 <= sb <= 1975:
                        continue
                    p = pop.person(sex='M', by=sb, B=a['usage'], avoid_first=a['first'])
                    ok = self.try_nonmember('nonmember:spouse', p, ['husband_of_beneficiary'])
                else:
                    sb = by + rng.randint(-2, 8)
                    if not 1915 <= sb <= 1975:
                        continue
                    p = pop.person(sex='F', by=sb, status=rng.choice(['married', 'widow', 'widow']),
                                   usage=a['B'], avoid_first=a['first'])
                    ok = self.try_nonmember('nonmember:spouse', p, ['wife_of_beneficiary'],
                                            prefer='usage' if rng.random() < 0.7 else None)
            elif kind == 'father_son_homonym':
                if a['sex'] != 'M':
                    continue
                gap = rng.randint(25, 30)
                son = (by <= 1948 and rng.random() < 0.75) or by < 1935
                sb = by + gap if son else by - gap
                if not 1915 <= sb <= 1975:
                    continue
                first = [a['first'][0]]
                if rng.random() < 0.35:
                    first += a['first'][1:]
                else:
                    first += pop.first_names('M', sb, a['origin'], avoid=a['first'])[:rng.randint(0, 2)]
                p = pop.person(sex='M', by=sb, B=a['B'], origin=a['origin'], kind=a['kind'], first=first)
                ok = self.try_nonmember('nonmember:father_son_homonym', p,
                                        ['son_of_beneficiary' if son else 'father_of_beneficiary',
                                         'age_gap:%dy' % gap, 'same_first_name'])
            elif kind == 'mother_daughter_homonym':
                if a['sex'] != 'F':
                    continue
                gap = rng.randint(22, 32)
                daughter = (by <= 1948 and rng.random() < 0.75) or by < 1935
                sb = by + gap if daughter else by - gap
                if not 1915 <= sb <= 1975:
                    continue
                first = [a['first'][0]]
                first += pop.first_names('F', sb, a['origin'], avoid=a['first'])[:rng.randint(0, 2)]
                if daughter:
                    if a['usage'] == a['B']:
                        continue
                    st = rng.choice(['single', 'married', 'divorced_reverted'])
                    p = pop.person(sex='F', by=sb, B=a['usage'], status=st, first=first)
                    ok = self.try_nonmember('nonmember:mother_daughter_homonym', p,
                                            ['daughter_of_beneficiary', 'age_gap:%dy' % gap, 'same_first_name'],
                                            prefer='family')
                else:
                    p = pop.person(sex='F', by=sb, status='widow', usage=a['B'], first=first)
                    ok = self.try_nonmember('nonmember:mother_daughter_homonym', p,
                                            ['mother_of_beneficiary', 'age_gap:%dy' % gap, 'same_first_name'],
                                            prefer='usage')
            elif kind == 'phonetic_twin':
                fam = [x for x in (a['B'], a['usage']) if letters(x) in pop.twin_of]
                if not fam:
                    continue
                src = fam[0]
                twin = rng.choice(pop.twin_of[letters(src)])
                sb = by + rng.randint(-6, 6)
                if not 1915 <= sb <= 1975:
                    continue
                r = rng.random()
                if r < 0.6:
                    first, ft = list(a['first']), 'same_first_names'
                elif r < 0.85:
                    first = [a['first'][0]] + pop.first_names(a['sex'], sb, 'fr', avoid=a['first'])[:rng.randint(0, 2)]
                    ft = 'same_first_name'
                else:
                    first, ft = None, 'other_first_names'
                if src == a['B'] and (a['sex'] == 'M' or a['usage'] == a['B']):
                    p = pop.person(sex=a['sex'], by=sb, B=twin, first=first, avoid_first=a['first'],
                                   status='single' if a['sex'] == 'F' else None)
                    pref = None
                elif src == a['B']:
                    p = pop.person(sex='F', by=sb, B=twin, first=first, avoid_first=a['first'],
                                   status=a['status'])
                    pref = 'family'
                else:
                    p = pop.person(sex='F', by=sb, first=first, avoid_first=a['first'],
                                   status=a['status'] if a['status'] != 'single' else 'married', usage=twin)
                    pref = 'usage'
                p['kind'] = 'twin_family'
                ok = self.try_nonmember('nonmember:phonetic_twin', p,
                                        ['%s~%s' % (letters(src), letters(twin)), ft,
                                         'age_gap:%dy' % abs(sb - by)], prefer=pref)
            elif kind == 'namesake':
                sb = by + rng.randint(-12, 12)
                if not 1915 <= sb <= 1975:
                    continue
                if rng.random() < 0.6:
                    first, ft = list(a['first']), 'same_first_names'
                else:
                    first = [a['first'][0]] + \
                        pop.first_names(a['sex'], sb, a['origin'], avoid=a['first'])[:rng.randint(0, 2)]
                    ft = 'same_first_name'
                if a['sex'] == 'M' or a['usage'] == a['B']:
                    p = pop.person(sex=a['sex'], by=sb, B=a['B'], origin=a['origin'], kind=a['kind'],
                                   first=first, status='single' if a['sex'] == 'F' else None)
                    pref = None
                elif rng.random() < 0.5:
                    p = pop.person(sex='F', by=sb, first=first, status=a['status'], usage=a['usage'])
                    pref = 'usage'
                else:
                    p = pop.person(sex='F', by=sb, B=a['B'], origin=a['origin'], kind=a['kind'],
                                   first=first, status=a['status'])
                    pref = 'family'
                ok = self.try_nonmember('nonmember:namesake', p, [ft, 'age_gap:%dy' % abs(sb - by)], prefer=pref)
            else:
                raise ValueError(kind)
            if ok:
                made += 1
        return made

    def run(self, out_dir: str) -> None:
        self.stats = {}
        self.out = []
        self.build_extract()
        n = self.n_search
        n_amb = round(0.025 * n)
        n_mem = round(0.50 * n)
        n_non = n - n_amb - n_mem
        hard = [('sibling', .056), ('twin', .012), ('spouse', .052), ('father_son_homonym', .044),
                ('mother_daughter_homonym', .012), ('phonetic_twin', .044), ('namesake', .032)]
        got_amb = self.gen_ambiguous(n_amb)
        got_mem = self.gen_members(n_mem + (n_amb - got_amb))
        made_non = 0
        for kind, f in hard:
            made_non += self.gen_nonmember(kind, round(f * n))
        self.gen_nonmember('stranger', n - len(self.out))
        self.write(out_dir)

    def write(self, out_dir: str) -> None:
        rng = self.rng
        os.makedirs(out_dir, exist_ok=True)
        rows: list[list[str]] = []
        for e in self.persons:
            r = e['rec']
            for code, start, end in e['aids']:
                rows.append([e['id'], e['p']['sex'], r['usage_name'], r['birth_name'], r['first_names'],
                             r['birth_date'].isoformat(), e['mdr'], code, start.isoformat(),
                             end.isoformat() if end else ''])
        rows.sort(key=lambda x: (x[0], x[8]))
        with open(os.path.join(out_dir, 'extract.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['iodas_id', 'sex', 'usage_name', 'birth_name', 'first_names', 'birth_date',
                        'maison_code', 'aid_code', 'aid_start', 'aid_end'])
            w.writerows(rows)
        rng.shuffle(self.out)
        with open(os.path.join(out_dir, 'labelled.csv'), 'w', newline='', encoding='utf-8') as f, \
                open(os.path.join(out_dir, 'cases.csv'), 'w', newline='', encoding='utf-8') as g:
            w = csv.writer(f, lineterminator='\n')
            wc = csv.writer(g, lineterminator='\n')
            w.writerow(['ref', 'last_name', 'birth_name', 'first_names', 'birth_date', 'death_date',
                        'death_place', 'expected_iodas_ids', 'expected'])
            wc.writerow(['ref', 'case', 'detail'])
            for i, s in enumerate(self.out, 1):
                ref = 'N%d-%05d' % (self.seed, i)
                w.writerow([ref, s['last'], s['birth'], s['first'], s['bdate'], s['death'], s['place'],
                            s['ids'], s['expected']])
                wc.writerow([ref, s['case'], ' '.join(s['tags'])])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--seed', type=int, default=81)
    ap.add_argument('--people', type=int, default=50000)
    ap.add_argument('--searches', type=int, default=5000)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    g = Gen(a.seed, a.people, a.searches)
    g.run(a.out)
    from collections import Counter
    c = Counter(s['case'] for s in g.out)
    print('people=%d rows=%d searches=%d' % (len(g.persons), sum(len(e['aids']) for e in g.persons), len(g.out)))
    for k, v in sorted(c.items()):
        print('  %-55s %d' % (k, v))
    print('stats', g.stats)


if __name__ == '__main__':
    main()
