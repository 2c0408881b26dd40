"""French-aware folding of names: accents, case, hyphens, apostrophes and particles."""

import unicodedata
from functools import lru_cache

_SEPARATORS = str.maketrans({c: " " for c in "-'’‘`´.,;/_()\""})
# Letters that Unicode decomposition leaves whole: ligatures, and letters with a stroke ('Łukasz', 'Øster',
# 'Đorđević'), which records typed without accents write as their base letter.
STROKED = "ŁłØøĐđÐðĦħĿŀŦŧ"
_LIGATURES = str.maketrans({"Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae", "ß": "ss", "Þ": "TH", "þ": "th",
                            **dict(zip(STROKED, "LlOoDdDdHhLlTt"))})
# Particles that a clerk types or omits at will: "de La Fontaine", "LAFONTAINE", "Fontaine (de)".
PARTICLES = frozenset({"DE", "DU", "DES", "D", "LA", "LE", "LES", "L", "VAN", "VON", "DER", "DEN", "DI", "DA", "DEL"})


# Legacy records abbreviate saints: 'ST MARTIN' is 'Saint-Martin'.
ABBREVIATIONS = {"ST": "SAINT", "STE": "SAINTE"}


@lru_cache(maxsize=200_000)
def fold(text: str | None) -> str:
    """'Lefèvre-d’Aubigné' -> 'LEFEVRE D AUBIGNE'; 'Ste-Marie' -> 'SAINTE MARIE'."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_LIGATURES))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(ABBREVIATIONS.get(word, word) for word in bare.translate(_SEPARATORS).upper().split())


# Words of civil status that join two surnames of one person: 'DUPONT EP MARTIN', 'Martin née Dupont',
# 'veuve Martin'. Each name on either side is hers.
CIVIL_WORDS = frozenset({"EPOUSE", "EPSE", "EP", "NEE", "VEUVE", "VVE", "DIVORCEE"})


@lru_cache(maxsize=200_000)
def civil_parts(text: str | None) -> tuple[str, ...]:
    """'DUPONT EP MARTIN' -> ('DUPONT', 'MARTIN'), 'veuve Martin' -> ('MARTIN',); () for a name without such a
    word (most names), which is its own single part."""
    words = fold(text).split()
    if CIVIL_WORDS.isdisjoint(words):
        return ()
    parts: list[str] = []
    current: list[str] = []
    for word in [*words, "EP"]:
        if word in CIVIL_WORDS:
            if current:
                parts.append(" ".join(current))
            current = []
        else:
            current.append(word)
    return tuple(parts)


def plain_word(text: str) -> bool:
    """Most names: one word of plain letters, which folding only capitalises (eight times quicker to key)."""
    return text.isascii() and text.isalpha() and text.upper() not in ABBREVIATIONS


def name_key(text: str | None) -> str:
    """A surname as one token, so 'de La Fontaine' and 'DELAFONTAINE' meet."""
    if text and plain_word(text):
        return text.upper()
    return fold(text).replace(" ", "")


@lru_cache(maxsize=200_000)
def core_key(text: str | None) -> str:
    """The surname without its particles: 'de La Fontaine' -> 'FONTAINE', 'Le Goff' -> 'GOFF'."""
    tokens = fold(text).split()
    kept = [t for t in tokens if t not in PARTICLES]
    return "".join(kept or tokens)


def first_name_tokens(text: str | None) -> tuple[str, ...]:
    """'Jean-Pierre Marie' -> ('JEAN', 'PIERRE', 'MARIE')."""
    return tuple(fold(text).split())


@lru_cache(maxsize=200_000)
def given_names(text: str | None) -> tuple[str, ...]:
    """'Jean-Pierre Marie' -> ('JEANPIERRE', 'MARIE'): a hyphenated first name is one name, not two, unless
    shortened to an initial ('J-Pierre' -> ('J', 'PIERRE')).

    'Jean' and 'Jean-Pierre' are two people's names; a clerk who drops the hyphen is met by `first_name_units`.
    """
    return tuple(name for part in (text or "").replace(",", " ").split() for name in _abbreviated(part) if name)


def _abbreviated(part: str) -> tuple[str, ...]:
    """'J-PIERRE', 'J.-Pierre', 'M.THERESE': a compound first name shortened to an initial, read as the initial
    and the name (then compared as 'J PIERRE' is); any other part is one name ('N'Golo' is no initial)."""
    if plain_word(part) or "'" in part or "’" in part:
        return (name_key(part),)
    words = fold(part).split()
    if len(words) > 1 and any(len(word) == 1 for word in words):
        return tuple(words)
    return (name_key(part),)


@lru_cache(maxsize=200_000)
def first_name_units(text: str) -> frozenset[str]:
    """Every way a list of first names may have been keyed: each name, and neighbours glued together.

    'Jean Pierre Marie' -> {JEAN, PIERRE, MARIE, JEANPIERRE, PIERREMARIE, JEANPIERREMARIE}, so that a
    clerk's 'Jean Pierre' still meets a recorded 'JEAN-PIERRE'.
    """
    tokens = given_names(text)
    units = set(tokens)
    units.update(a + b for a, b in zip(tokens, tokens[1:]))
    if len(tokens) > 2:
        units.add("".join(tokens))
    return frozenset(units)
