"""How the same person is written twice: by a legacy case-management extract, and by a notary's clerk."""

import random
import unicodedata
from datetime import date, timedelta

_KEYBOARD_NEIGHBOURS = {
    "a": "zqs", "z": "aes", "e": "zrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
    "p": "om", "q": "asw", "s": "qdz", "d": "sfe", "f": "dgr", "g": "fht", "h": "gjy", "j": "hku", "k": "jli",
    "l": "kmo", "m": "lp", "w": "xqs", "x": "wcd", "c": "xvf", "v": "cbg", "b": "vnh", "n": "bj",
}


def after_the_aids(death: date, aided_from: date, last: date = date(2026, 10, 31)) -> date:
    """A death drawn from the birth date, moved after `aided_from` (the latest day an aid of the extract may start)
    when it falls before: a beneficiary dies after being aided, and a notary asks about recent deaths. Moved
    without drawing again, so that a corpus keeps every other value of its seed."""
    if death > aided_from:
        return death
    return aided_from + timedelta(days=1 + death.toordinal() % (last - aided_from).days)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "OE"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def legacy_case(text: str) -> str:
    """'Lefèvre-d'Aubigné' -> 'LEFEVRE-D'AUBIGNE': upper case, no accents."""
    return strip_accents(text).upper()


def typo(rng: random.Random, text: str) -> str:
    """One keying slip: two letters swapped, one doubled, one missed, or a neighbouring key."""
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    if len(letters) < 4:
        return text
    i = rng.choice(letters[1:-1])
    kind = rng.choice(("swap", "double", "miss", "neighbour"))
    if kind == "swap" and text[i + 1].isalpha() and text[i + 1] != text[i]:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    if kind == "double":
        return text[:i] + text[i] + text[i:]
    if kind == "miss":
        return text[:i] + text[i + 1:]
    near = _KEYBOARD_NEIGHBOURS.get(strip_accents(text[i]).lower(), "e")
    replacement = rng.choice(near)
    return text[:i] + (replacement.upper() if text[i].isupper() else replacement) + text[i + 1:]


def swap_day_month(day: date) -> date | None:
    try:
        swapped = date(day.year, day.day, day.month)
    except ValueError:
        return None
    return swapped if swapped != day else None


def wrong_year_digit(rng: random.Random, day: date) -> date:
    """One digit of the year mistyped: the last one most often, the decade sometimes."""
    position = 3 if rng.random() < 0.65 else 2
    digits = list(str(day.year))
    digits[position] = rng.choice([d for d in "0123456789" if d != digits[position]])
    return _safe(int("".join(digits)), day.month, day.day)


def wrong_day_digit(rng: random.Random, day: date) -> date:
    candidates = [d for d in range(1, 29) if d != day.day and (d % 10 == day.day % 10 or d // 10 == day.day // 10)]
    return _safe(day.year, day.month, rng.choice(candidates))


def _safe(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February of a year that has none
        return date(year, month, 28)


def glue_particles(rng: random.Random, name: str) -> str:
    """'de La Fontaine' -> 'DELAFONTAINE' or 'DE LA FONTAINE'; 'N'Diaye' -> 'NDIAYE' or 'N DIAYE'."""
    joined = name.replace("'", "" if rng.random() < 0.6 else " ")
    return joined.replace(" ", "") if " " in joined and rng.random() < 0.4 else joined


def first_names_as_typed(rng: random.Random, names: list[str]) -> str:
    """One, several or all first names, in order or not, hyphens kept or not."""
    roll = rng.random()
    if roll < 0.35:
        chosen = names[:1]
    elif roll < 0.40 and len(names) > 1:
        chosen = [rng.choice(names[1:])]  # the name the family used, not the first civil one
    elif roll < 0.85:
        chosen = names
    else:
        chosen = rng.sample(names, len(names))
    text = " ".join(chosen)
    return text.replace("-", " ") if rng.random() < 0.3 else text


def any_first_names_as_typed(rng: random.Random, names: list[str]) -> str:
    """The issue's clerks: one, several or all first names, in any order. Some of them, drawn at random, in random
    order: several names may leave out the first one, which is all a legacy record may keep."""
    chosen = rng.sample(names, rng.randint(1, len(names)))
    text = " ".join(chosen)
    return text.replace("-", " ") if rng.random() < 0.3 else text


# What a text reader makes of a scanned death certificate: letters it confuses with their look-alikes.
SCANNER_CONFUSIONS = (("m", "rn"), ("rn", "m"), ("d", "cl"), ("cl", "d"), ("w", "vv"), ("h", "li"), ("o", "0"),
                      ("l", "1"), ("i", "l"), ("e", "c"), ("u", "v"))
# How a name heard, not read, is written: one sound, another spelling.
RESPELLINGS = (("ph", "f"), ("f", "ph"), ("c", "k"), ("k", "c"), ("y", "i"), ("i", "y"), ("ll", "l"), ("l", "ll"),
               ("ou", "u"), ("ck", "k"), ("ee", "ea"), ("ea", "ee"), ("th", "t"), ("t", "tt"), ("s", "z"),
               ("z", "s"), ("eau", "o"), ("au", "o"), ("ai", "e"), ("ei", "ai"))


def misread(rng: random.Random, text: str, confusions: tuple[tuple[str, str], ...]) -> str:
    """One of `confusions` applied at one place where it can be (the case kept); `text` itself if none can."""
    lower = text.lower()
    places = [(i, old, new) for old, new in confusions for i in range(len(lower)) if lower.startswith(old, i)]
    if not places:
        return text
    i, old, new = rng.choice(places)
    return text[:i] + (new.upper() if text[i:i + len(old)].isupper() else new) + text[i + len(old):]


# How a person is called rather than registered (English-language names), written apart from the engine's own list
# (domain/matching/name_variants.py) so that a measure shows its gaps (it showed 'Jess', since added there).
SHORT_FORMS = {"WILLIAM": ("Bill", "Will", "Billy"), "ROBERT": ("Bob", "Rob", "Bobby"), "RICHARD": ("Dick", "Rick"),
               "JAMES": ("Jim", "Jimmy"), "JOHN": ("Jack", "Johnny"), "MARGARET": ("Peggy", "Maggie", "Meg"),
               "ELIZABETH": ("Liz", "Beth", "Betty"), "THOMAS": ("Tom", "Tommy"), "EDWARD": ("Ted", "Ed", "Eddie"),
               "CHARLES": ("Charlie", "Chuck"), "JOSEPH": ("Joe",), "MICHAEL": ("Mike",), "DAVID": ("Dave",),
               "DANIEL": ("Dan", "Danny"), "PATRICIA": ("Pat", "Patty"), "KATHERINE": ("Kate", "Kathy"),
               "CATHERINE": ("Cathy", "Kate"), "SUSAN": ("Sue",), "JENNIFER": ("Jenny",), "DOROTHY": ("Dot", "Dottie"),
               "ANTHONY": ("Tony",), "CHRISTOPHER": ("Chris",), "MATTHEW": ("Matt",), "BARBARA": ("Barb",),
               "DEBORAH": ("Debbie",), "HENRY": ("Harry", "Hank"), "ALBERT": ("Al", "Bert"), "FREDERICK": ("Fred",),
               "PETER": ("Pete",), "SAMUEL": ("Sam",), "KENNETH": ("Ken", "Kenny"), "DONALD": ("Don",),
               "STEVEN": ("Steve",), "STEPHEN": ("Steve",), "GREGORY": ("Greg",), "LAWRENCE": ("Larry",),
               "ANDREW": ("Andy", "Drew"), "NICHOLAS": ("Nick",), "REBECCA": ("Becky",), "VICTORIA": ("Vicky",),
               "PAMELA": ("Pam",), "JESSICA": ("Jess",), "AMANDA": ("Mandy",), "SAMANTHA": ("Sam",),
               "TIMOTHY": ("Tim",), "BENJAMIN": ("Ben",), "ALEXANDER": ("Alex",), "RONALD": ("Ron", "Ronnie")}


def shortened(rng: random.Random, first_names: str) -> str:
    """The first of the typed first names that has a short form, given as one of them; `first_names` itself if
    none has."""
    names = first_names.split()
    for i, name in enumerate(names):
        if forms := SHORT_FORMS.get(name.upper()):
            return " ".join([*names[:i], rng.choice(forms), *names[i + 1:]])
    return first_names
