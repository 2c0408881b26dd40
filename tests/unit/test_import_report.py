"""What an import says it did, in French that agrees with its numbers."""

from application.importing import ImportReport, RejectedRow

BAD = RejectedRow(line=3, reason="sexe invalide « Q »")


def test_one_row_and_none_are_counted_in_the_singular() -> None:
    report = ImportReport(rows_read=1, created=1, rejected=())
    assert report.summary() == "1 ligne lue, 0 rejetée ; 1 créé, 0 mis à jour, 0 inchangé, 0 aide ajoutée."
    many = ImportReport(rows_read=5, created=2, unchanged=2, aids_added=3, rejected=(BAD, BAD))
    assert many.summary() == "5 lignes lues, 2 rejetées ; 2 créés, 0 mis à jour, 2 inchangés, 3 aides ajoutées."


def test_a_table_of_offices_or_maisons_says_nothing_of_aids() -> None:
    report = ImportReport(rows_read=4, created=1, updated=2, unchanged=0, rejected=(BAD,))
    assert report.table_summary() == "4 lignes lues, 1 rejetée ; 1 créée, 2 mises à jour, 0 inchangée."
    again = ImportReport(rows_read=3, unchanged=3)
    assert again.table_summary() == "3 lignes lues, 0 rejetée ; 0 créée, 0 mise à jour, 3 inchangées."


def test_a_file_refused_whole_says_nothing_was_loaded_and_why() -> None:
    report = ImportReport(rows_read=0, rejected=(RejectedRow(line=1, reason="fichier vide"),))
    assert report.nothing_loaded() == report.summary() == report.table_summary() \
        == "Aucune ligne n'a été chargée : fichier vide."


def test_a_file_whose_every_row_is_rejected_says_nothing_was_loaded() -> None:
    assert ImportReport(rows_read=1, rejected=(BAD,)).nothing_loaded() \
        == "Aucune ligne n'a été chargée : la seule ligne du fichier a été rejetée."
    assert ImportReport(rows_read=2, rejected=(BAD, BAD)).nothing_loaded() \
        == "Aucune ligne n'a été chargée : les 2 lignes du fichier ont toutes été rejetées."
    assert ImportReport(rows_read=0).nothing_loaded().endswith("pas de ligne après celle des noms de colonnes.")
    assert ImportReport(rows_read=2, unchanged=1, rejected=(BAD,)).nothing_loaded() == ""
