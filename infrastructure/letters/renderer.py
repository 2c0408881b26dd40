"""Letters as PDF/A: jinja2 templates (the collectivité's own first, then the defaults) laid out by WeasyPrint."""

import logging
import threading
from dataclasses import replace
from functools import cache
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, Template, TemplateError, select_autoescape
from markupsafe import Markup
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

from application.letters.wording import LETTER_HEADINGS, RECOURSE_WORDING, long_date, period_text, rule_text, short_date
from domain.letters import LetterContent
from domain.recovery import euros
from infrastructure.letters.fetcher import FolderFetcher
from infrastructure.letters.profiles import DEFAULTS, FolderProfiles
from infrastructure.letters.wording import DEFAULT_WORDING, for_recourse

TEMPLATES = DEFAULTS / "templates"
ASSETS = DEFAULTS / "assets"
PDF_VARIANT = "pdf/a-3u"
log = logging.getLogger("notaires.letters")


class WeasyPrintRenderer:
    """Thread-safe: layouts are serialised, since Pango's font machinery is shared; the GIL allows no
    parallel layout anyway."""

    def __init__(self, profiles: FolderProfiles) -> None:
        self._profiles = profiles
        self._lock = threading.Lock()
        self._fonts = FontConfiguration()
        self._images: dict[str, object] = {}  # logos and signatures, decoded once per process

    def render(self, letter: LetterContent) -> bytes:
        """A collectivité's broken template must not cost the notary an answer: the defaults stand in."""
        try:
            return self._render(letter, self._profiles.folder(letter.profile.code))
        except TemplateError:
            log.exception("modèle de courrier invalide pour la collectivité %s : modèle par défaut utilisé",
                          letter.profile.code)
            return self._render(replace(letter, profile=replace(letter.profile, wording={})), None)

    def _render(self, letter: LetterContent, folder: Path | None) -> bytes:
        html = self.html(letter, folder)
        roots = (TEMPLATES, ASSETS) + ((folder,) if folder else ())
        with self._lock:
            document = HTML(string=html, base_url=TEMPLATES.as_uri() + "/", url_fetcher=FolderFetcher(roots))
            # Tagged: a screen reader reads the official letter (RGAA 13.3), structure and order as in the HTML.
            pdf: bytes = document.write_pdf(pdf_variant=PDF_VARIANT, pdf_tags=True, font_config=self._fonts,
                                            cache=self._images)
        return pdf

    def html(self, letter: LetterContent, folder: Path | None = None) -> str:
        env = _environment(folder)
        context = {
            "letter": letter, "profile": letter.profile, "identity": letter.identity,
            "reference": letter.reference, "dated": long_date(letter.dated),
            "previous_date": long_date(letter.previous_date) if letter.previous_date else "",
            "data_as_of": long_date(letter.data_as_of) if letter.data_as_of else "",
            "birth_date": short_date(letter.identity.birth_date), "death_date": short_date(letter.identity.death_date),
            "outcome_label": LETTER_HEADINGS[letter.outcome],
            "logo_url": _asset(folder, "logo"), "signature_url": _asset(folder, "signature"),
            "decompte": letter.decompte,
            "recourse": RECOURSE_WORDING[letter.decompte.recourse] if letter.decompte else "",
            "amount_claimed": euros(letter.decompte.amount_claimed) if letter.decompte else "",
        }
        # Each snippet escaped what it holds as it rendered (autoescape): marked safe, the letter does not escape it
        # twice (« N'Diaye » printed N&#39;DIAYE), while a name typed with markup still prints as text.
        texts = {**DEFAULT_WORDING, **letter.profile.wording}
        if letter.decompte:
            texts = for_recourse(texts, letter.decompte.recourse)
        wording = {key: Markup(_snippet(folder, text).render(context)) for key, text in texts.items()}
        return env.get_template(letter.template).render(context, wording=wording)


@cache
def _environment(folder: Path | None) -> Environment:
    loaders = [FileSystemLoader(folder / "templates")] if folder else []
    env = Environment(loader=ChoiceLoader([*loaders, FileSystemLoader(TEMPLATES)]),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined)
    env.filters["sentence"] = lambda text: text[:1].upper() + text[1:]
    env.filters.update(euros=euros, day=short_date, rule=rule_text,
                       period=lambda p, death=None: period_text(p.start, p.end, death))
    return env


@cache
def _snippet(folder: Path | None, text: str) -> Template:
    """Compiling the wording is a third of a warm render: once per text is enough."""
    return _environment(folder).from_string(text)


def _asset(folder: Path | None, stem: str) -> str:
    for base in ((folder,) if folder else ()) + (ASSETS,):
        for suffix in (".svg", ".png", ".jpg"):
            if (base / f"{stem}{suffix}").is_file():
                return (base / f"{stem}{suffix}").as_uri()
    return ""
