"""Real PDFs, read back as text: what each letter says, PDF/A, overrides, and what rendering may not reach."""

import os
import socket
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import cast

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, StreamObject

from domain.collectivite import Collectivite, CollectiviteKind
from domain.letters import LetterContent, LetterKind
from domain.outcome import Outcome
from infrastructure.letters.profiles import FolderProfiles
from infrastructure.letters.renderer import WeasyPrintRenderer
from tests.support.builders import identity
from tests.support.weasy import WeasyPrintLog

RHONE = Collectivite(code="69", name="Département du Rhône")
EXAMPLE = Path(__file__).parents[2] / "config.example"  # the shipped example letterhead, as `make run` reads it


def content(profiles: FolderProfiles, outcome: Outcome = Outcome.UNKNOWN, kind: LetterKind = LetterKind.ANSWER,
            collectivite: Collectivite = RHONE, last_name: str = "Martin") -> LetterContent:
    return LetterContent(kind=kind, outcome=outcome, reference="2026-000042", dated=date(2026, 11, 26),
                         identity=identity(last_name=last_name, birth_name="Durand"),
                         office_name="Office notarial de Bellecour", office_email="office@notaires.example",
                         profile=profiles.profile(collectivite),
                         previous_date=date(2026, 11, 20) if kind is LetterKind.CORRECTION else None,
                         data_as_of=date(2026, 11, 25))


def text_of(pdf: bytes) -> str:
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1, "a letter fits on one A4 page"
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)
    return " ".join(reader.pages[0].extract_text().split())


@pytest.fixture(scope="module")
def renderer() -> WeasyPrintRenderer:
    return WeasyPrintRenderer(FolderProfiles(None))


@pytest.mark.parametrize(("outcome", "kind", "says"), [
    (Outcome.UNKNOWN, LetterKind.ANSWER, "ne fera valoir aucune créance"),
    (Outcome.RECOVERABLE_AID, LetterKind.ANSWER, "entend faire valoir sa créance"),
    (Outcome.POSSIBLE_UNDUE_PAYMENT, LetterKind.ANSWER, "un indu doit être remboursé"),
    (Outcome.AMBIGUOUS, LetterKind.ANSWER, "en cours d'examen par un agent"),
    (Outcome.RECOVERABLE_AID, LetterKind.CORRECTION, "annule et remplace la précédente"),
])
def test_each_letter_carries_identity_reference_notice_and_signatory(
        renderer: WeasyPrintRenderer, outcome: Outcome, kind: LetterKind, says: str) -> None:
    text = text_of(renderer.render(content(FolderProfiles(EXAMPLE), outcome, kind)))
    for expected in (says, "Département du Rhône", "2026-000042", "26 novembre 2026", "MARTIN", "DURAND",
                     "12/04/1931", "05/01/2024", "Office notarial de Bellecour", "sous réserve de l'exactitude",
                     "d'après le fichier des bénéficiaires", "tel qu'il a été chargé le 25 novembre 2026",
                     "Claire Dubois", "Directrice de l'autonomie", "Maître"):
        assert expected in text, expected


def test_letters_are_pdf_a_with_the_logo_and_the_signature_embedded() -> None:
    pdf = WeasyPrintRenderer(FolderProfiles(EXAMPLE)).render(content(FolderProfiles(EXAMPLE)))
    reader = PdfReader(BytesIO(pdf))
    root = cast(DictionaryObject, reader.trailer["/Root"].get_object())
    xmp = cast(StreamObject, root["/Metadata"].get_object()).get_data()
    assert b'pdfaid:part="3" pdfaid:conformance="U"' in xmp and "/OutputIntents" in root  # PDF/A-3 and its colour profile
    marked = cast(DictionaryObject, root["/MarkInfo"].get_object()).get("/Marked")
    assert "/StructTreeRoot" in root and bool(marked)  # tagged for assistive technologies (RGAA 13.3)
    assert len(reader.pages[0].images) == 1  # the scanned signature; the SVG logo is drawn as vectors


def test_a_metropole_is_named_with_its_own_article() -> None:
    profiles = FolderProfiles(None)
    lyon = Collectivite(code="69M", name="Métropole de Lyon", kind=CollectiviteKind.METROPOLE)
    text = text_of(WeasyPrintRenderer(profiles).render(content(profiles, collectivite=lyon)))
    assert "La Métropole de Lyon ne fera valoir aucune créance" in text
    assert "Pour le Président de la Métropole" in text


def test_typed_markup_is_printed_as_text_never_interpreted(renderer: WeasyPrintRenderer) -> None:
    letter = content(FolderProfiles(None), last_name='<img src="file:///etc/passwd">Martin')
    html = renderer.html(letter)
    assert "&lt;IMG SRC=&#34;FILE:///ETC/PASSWD&#34;&gt;MARTIN" in html and "<IMG" not in html.upper().replace(
        "<IMG CLASS", "")
    assert "<IMG SRC" in text_of(renderer.render(letter))


@pytest.mark.parametrize("kind", [LetterKind.ANSWER, LetterKind.CORRECTION])
def test_the_subject_line_prints_a_name_as_typed_escaped_once(renderer: WeasyPrintRenderer, kind: LetterKind) -> None:
    """« N'Diaye » printed N&#39;DIAYE in the Objet: the wording was escaped as it rendered, then again by the letter."""
    letter = replace(content(FolderProfiles(None), Outcome.RECOVERABLE_AID, kind, last_name="N'Diaye"),
                     identity=identity(last_name="N'Diaye", first_names="Awa <b>Marie</b>"))
    html = renderer.html(letter)
    assert "Awa &lt;b&gt;Marie&lt;/b&gt; N&#39;DIAYE" in html and "<b>" not in html and "&amp;" not in html
    text = text_of(renderer.render(letter))
    assert "Succession de Awa <b>Marie</b> N'DIAYE — recherche d'une créance" in text
    assert "&#" not in text and "&lt;" not in text


def test_a_collectivite_overrides_wording_signatory_logo_and_templates(tmp_path: Path) -> None:
    folder = tmp_path / "69"
    (folder / "templates").mkdir(parents=True)
    (folder / "collectivite.toml").write_text(
        'name = "Département du Rhône"\ncity = "Lyon"\nsender = "notaires@rhone.example"\n'
        'address = ["Hôtel du Département", "29-31 cours de la Liberté", "69003 Lyon"]\n'
        '[signatory]\nname = "Paul Bernard"\ntitle = "Directeur général adjoint"\n'
        '[wording]\nclosing = "Veuillez agréer, Maître, mes salutations les meilleures."\n', encoding="utf-8")
    (folder / "logo.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
                                     '<rect width="10" height="10" fill="red"/></svg>', encoding="utf-8")
    (folder / "templates" / "ambiguous.html").write_text(
        '{% extends "base.html" %}{% block answer %}<p>Examen manuel en cours au Rhône.</p>{% endblock %}',
        encoding="utf-8")
    profiles = FolderProfiles(tmp_path)
    renderer = WeasyPrintRenderer(profiles)
    assert f"{folder.as_uri()}/logo.svg" in renderer.html(content(profiles), folder)
    text = text_of(renderer.render(content(profiles, Outcome.AMBIGUOUS)))
    for expected in ("Lyon, le 26 novembre 2026", "29-31 cours de la Liberté", "Paul Bernard",
                     "Directeur général adjoint", "mes salutations les meilleures", "Examen manuel en cours au Rhône"):
        assert expected in text, expected
    assert "Claire Dubois" not in text
    assert profiles.profile(RHONE).sender == "notaires@rhone.example"


def test_a_broken_template_falls_back_to_the_default_letter(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "69" / "templates").mkdir(parents=True)
    (tmp_path / "69" / "templates" / "unknown.html").write_text('{% extends "base.html" %}{% block answer %}',
                                                              encoding="utf-8")
    profiles = FolderProfiles(tmp_path)
    text = text_of(WeasyPrintRenderer(profiles).render(content(profiles)))
    assert "ne fera valoir aucune créance" in text
    assert "modèle de courrier invalide pour la collectivité 69" in caplog.text


def test_a_broken_logo_is_logged_and_the_letter_still_comes_out(tmp_path: Path, weasyprint_log: WeasyPrintLog) -> None:
    (tmp_path / "69").mkdir()
    (tmp_path / "69" / "logo.svg").write_text("<svg this is not xml", encoding="utf-8")
    profiles = FolderProfiles(tmp_path)
    text = text_of(WeasyPrintRenderer(profiles).render(content(profiles)))
    assert "Département du Rhône" in text
    logged = weasyprint_log.take()
    assert any("logo.svg" in message for message in logged), logged


def test_rendering_reaches_neither_other_files_nor_the_network(tmp_path: Path, weasyprint_log: WeasyPrintLog) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    port = listener.getsockname()[1]
    (tmp_path / "69" / "templates").mkdir(parents=True)
    (tmp_path / "secret.png").write_bytes((EXAMPLE / "69" / "signature.png")
                                          .read_bytes())
    (tmp_path / "69" / "templates" / "unknown.html").write_text(
        '{% extends "base.html" %}{% block answer %}'
        f'<img src="http://127.0.0.1:{port}/tracker.png"><img src="{(tmp_path / "secret.png").as_uri()}">'
        '<img src="file:///etc/passwd"><link rel="stylesheet" href="https://example.org/x.css">'
        '{% endblock %}', encoding="utf-8")
    profiles = FolderProfiles(tmp_path)
    WeasyPrintRenderer(profiles).render(content(profiles))
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody knocked
    listener.close()
    logged = " ".join(weasyprint_log.take())
    for refused in ("tracker.png", "secret.png", "/etc/passwd"):
        assert refused in logged and "refusée" in logged, refused


def test_without_its_letterhead_a_letter_says_what_is_missing_and_carries_no_signature(
        renderer: WeasyPrintRenderer, tmp_path: Path) -> None:
    """An official letter never carries an invented signatory: the collectivité's own file names it."""
    for profiles in (FolderProfiles(None), FolderProfiles(tmp_path)):
        pdf = renderer.render(content(profiles, Outcome.RECOVERABLE_AID))
        text = text_of(pdf)
        assert "Signataire à configurer" in text and "Fonction à configurer" in text and "Adresse à configurer" in text
        assert len(PdfReader(BytesIO(pdf)).pages[0].images) == 0
        [warning] = profiles.unconfigured([RHONE])
        assert warning.startswith("Aucun en-tête de courrier pour Département du Rhône (69/collectivite.toml")
    assert FolderProfiles(EXAMPLE).unconfigured([RHONE]) == []


def test_a_letterhead_folder_given_relative_to_where_the_service_starts_still_renders() -> None:
    """`make run` passes NOTAIRES_CONFIG_DIR=config.example: every search crashed in rendering its letter, as a
    relative path has no file URI."""
    relative = FolderProfiles(Path(os.path.relpath(EXAMPLE)))
    text = text_of(WeasyPrintRenderer(relative).render(content(relative, Outcome.RECOVERABLE_AID)))
    assert "Claire Dubois" in text


def test_the_shipped_example_configuration_is_valid() -> None:
    example = EXAMPLE
    profile = FolderProfiles(example).profile(RHONE)
    assert (profile.sender, profile.city, profile.signatory.name) == ("notaires@rhone.example", "Lyon", "Claire Dubois")


def test_an_unreadable_configuration_falls_back_to_the_default_letterhead(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "69").mkdir()
    (tmp_path / "69" / "collectivite.toml").write_text('sender = "oops\n[signatory', encoding="utf-8")
    profile = FolderProfiles(tmp_path).profile(RHONE)
    assert profile.sender == "notaires@collectivite-69.example"
    assert "collectivite.toml illisible" in caplog.text


LONGEST = identity(last_name="De La Fontaine-Montmorency", birth_name="Chevalier-Dubois de Saint-Exupéry",
                   first_names="Marie-Thérèse Joséphine Antoinette Bernadette",
                   death_place="Saint-Germain-au-Mont-d'Or (Rhône)")


def longest(profiles: FolderProfiles, outcome: Outcome, kind: LetterKind, collectivite: Collectivite) -> LetterContent:
    """The longest realistic identity (compound surname and birth name, four first names, a long death place), to
    the office with the longest name and address."""
    return replace(content(profiles, outcome, kind, collectivite), identity=LONGEST,
                   office_name="Office notarial de Maître Jean-Baptiste Delacroix-Montmorency et associés",
                   office_email="office.delacroix-montmorency@notaires.example")


@pytest.mark.parametrize("collectivite", [RHONE, Collectivite(code="69M", name="Métropole de Lyon",
                                                              kind=CollectiviteKind.METROPOLE)])
@pytest.mark.parametrize("kind", [LetterKind.ANSWER, LetterKind.CORRECTION])
@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_answer_and_correction_fits_on_one_page_with_the_longest_identity(
        renderer: WeasyPrintRenderer, collectivite: Collectivite, kind: LetterKind, outcome: Outcome) -> None:
    """A correction of a long identity put its closing and signature alone on a second page (an acceptance test)."""
    profiles = FolderProfiles(EXAMPLE)
    text = text_of(WeasyPrintRenderer(profiles).render(longest(profiles, outcome, kind, collectivite)))
    for expected in ("DE LA FONTAINE-MONTMORENCY", "CHEVALIER-DUBOIS DE SAINT-EXUPÉRY", "salutations distinguées",
                     "tel qu'il a été chargé le 25 novembre 2026", "1 / 1"):
        assert expected in text, expected


def test_a_letter_a_collectivite_made_too_long_for_a_page_takes_its_notice_over_with_the_closing_and_signature(
        tmp_path: Path) -> None:
    """Should a collectivité's own wording not fit one page, the closing never stands alone on the next: the
    notice goes over with it, and each page says which it is."""
    (tmp_path / "69").mkdir()
    (tmp_path / "69" / "collectivite.toml").write_text(
        'name = "Département du Rhône"\n[wording]\ncorrected_answer = """' + "Après examen du dossier par un agent, "
        "cette réponse est remplacée par la suivante, qui annule et remplace la précédente. " * 7 + '"""\n',
        encoding="utf-8")
    profiles = FolderProfiles(tmp_path)
    letter = longest(profiles, Outcome.RECOVERABLE_AID, LetterKind.CORRECTION, RHONE)
    pages = [" ".join(page.extract_text().split())
             for page in PdfReader(BytesIO(WeasyPrintRenderer(profiles).render(letter))).pages]
    assert len(pages) == 2
    assert pages[0].endswith("1 / 2") and pages[1].endswith("2 / 2")
    assert "salutations distinguées" in pages[1] and "Signataire à configurer" in pages[1]
    assert pages[1].split(" Important.")[0].count("annule et remplace") == 0, "the notice opens the second page"
    assert "Cette réponse est établie sur la seule base de l'identité saisie" in pages[1]


def test_a_name_with_an_apostrophe_reads_as_typed_in_the_letters_object(renderer: WeasyPrintRenderer) -> None:
    """The object line printed « D&#39;ARTAGNAN »: the wording's snippet escaped the name, then the page again."""
    letter = content(FolderProfiles(None), last_name="D'Artagnan")
    assert "Succession de Jeanne D'ARTAGNAN — recherche d'une créance d'aide sociale" in text_of(renderer.render(letter))
