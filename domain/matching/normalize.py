"""French-aware folding of names: accents, case, hyphens and apostrophes."""

import unicodedata

_SEPARATORS = str.maketrans({c: " " for c in "-'’‘`´.,;/_()"})


def fold(text: str | None) -> str:
    """'Lefèvre-d’Aubigné' -> 'LEFEVRE D AUBIGNE'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("Œ", "OE").replace("œ", "oe").replace("Æ", "AE").replace("æ", "ae")
    return " ".join(bare.translate(_SEPARATORS).upper().split())


def name_key(text: str | None) -> str:
    """A surname as one token, so 'de La Fontaine' and 'DELAFONTAINE' meet."""
    return fold(text).replace(" ", "")


def first_name_tokens(text: str | None) -> tuple[str, ...]:
    """'Jean-Pierre Marie' -> ('JEAN', 'PIERRE', 'MARIE')."""
    return tuple(fold(text).split())
