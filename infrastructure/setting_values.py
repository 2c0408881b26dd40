"""Numbers as the IT team writes them in NOTAIRES_* variables: '0.9' or '0,9', '5'."""


def decimal(text: str) -> float | None:
    """The number, or None when the text is none."""
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def whole(text: str) -> int:
    if not text.strip().isdigit():
        raise ValueError("un nombre entier est attendu")
    return int(text)
