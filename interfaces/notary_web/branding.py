"""The collectivité's name, colour and logo, from the settings. Contrast is checked, not trusted."""

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from infrastructure.letters.profiles import FolderProfiles
from infrastructure.settings import Settings

DEFAULT_COLOUR = "#000091"
DEFAULT_LOGO = Path(__file__).parent / "static" / "logo.svg"
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Branding:
    name: str
    colour: str
    logo: Path
    collectivites: dict[str, str]
    terms_version: str
    contact_email: str


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def readable_on_white(colour: str) -> bool:
    """White text on the colour, and the colour on white, need a 4.5:1 contrast (RGAA 3.2)."""
    return bool(_HEX.match(colour)) and 1.05 / (_luminance(colour) + 0.05) >= 4.5


def branding_from(settings: Settings) -> Branding:
    colour = settings.brand_colour
    if not readable_on_white(colour):
        logger.warning("Couleur %r illisible sur fond blanc : couleur par défaut utilisée.", colour)
        colour = DEFAULT_COLOUR
    profiles = FolderProfiles(settings.config_dir)
    first = settings.collectivites[0] if settings.collectivites else None
    folder = profiles.folder(first.code) if first else None
    # NOTAIRES_LOGO first, then the letterhead logo of the configuration folder (NOTAIRES_CONFIG_DIR/<code>/).
    candidates = [Path(settings.logo_path)] if settings.logo_path else []
    candidates += [folder / name for name in ("logo.svg", "logo.png")] if folder else []
    logo = next((c for c in candidates if c.is_file()), DEFAULT_LOGO)
    if settings.logo_path and logo != Path(settings.logo_path):
        logger.warning("Logo %s introuvable : logo par défaut utilisé.", settings.logo_path)
    names = {c.code: c.name for c in settings.collectivites}
    return Branding(name=" et ".join(names.values()) or "Départements & Notaires", colour=colour, logo=logo,
                    collectivites=names, terms_version=settings.terms_version,
                    contact_email=profiles.profile(first).service_email if first else "")
