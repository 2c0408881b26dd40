from pathlib import Path

from infrastructure.settings import Settings, parse_collectivites
from interfaces.notary_web.branding import DEFAULT_COLOUR, DEFAULT_LOGO, branding_from, readable_on_white

RHONE = parse_collectivites("69:Département du Rhône")


def test_a_pale_colour_is_refused_for_a_readable_default() -> None:
    assert not readable_on_white("#ffd700") and readable_on_white("#000091")
    assert branding_from(Settings(collectivites=RHONE, brand_colour="#ffd700")).colour == DEFAULT_COLOUR
    assert branding_from(Settings(collectivites=RHONE, brand_colour="#7a1f3d")).colour == "#7a1f3d"


def test_the_logo_comes_from_the_collectivites_configuration_folder(tmp_path: Path) -> None:
    (tmp_path / "69").mkdir()
    (tmp_path / "69" / "logo.png").write_bytes(b"\\x89PNG")
    assert branding_from(Settings(collectivites=RHONE, config_dir=tmp_path)).logo == tmp_path / "69" / "logo.png"
    assert branding_from(Settings(collectivites=RHONE, logo_path=str(tmp_path / "absent.svg"))).logo == DEFAULT_LOGO
