"""The default paragraphs. A collectivité replaces any of them under [wording] in its collectivite.toml;
each is a jinja2 snippet that may use {{ profile.name }}, {{ reference }}, {{ dated }}, {{ previous_date }}, and in
a décompte {{ recourse }} and {{ amount_claimed }}.

A décompte's basis, claim and notice are the estate's (`decompte_basis`…); against a legatee or a donee, the keys
ending in `_legatee` or `_donee` stand for them (`for_recourse`), since those recourses answer on the value of the
legacy or of the gift, not on the estate."""

from domain.recovery import LIBERALITY_RECOURSES, RecourseType

DEFAULT_WORDING = {
    "object": "Succession de {{ identity.first_names }} {{ identity.last_name | upper }} — "
              "recherche d'une créance d'aide sociale",
    "salutation": "Maître,",
    "intro": "Vous avez interrogé nos services, sous la référence {{ reference }}, sur l'existence d'une "
             "créance d'aide sociale dans le cadre de la succession de la personne suivante, "
             "telle que votre étude l'a identifiée :",
    "unknown": "Après consultation de nos fichiers, j'ai l'honneur de vous informer que cette personne n'est "
               "pas connue de nos services comme bénéficiaire d'une aide sociale récupérable. "
               "{{ profile.the_name | sentence }} ne fera valoir aucune créance d'aide sociale sur cette succession.",
    "recoverable_aid": "Après consultation de nos fichiers, j'ai l'honneur de vous informer que cette personne "
                       "a bénéficié d'une aide sociale récupérable sur succession (articles L. 132-8 et "
                       "suivants du code de l'action sociale et des familles). {{ profile.the_name | sentence }} entend "
                       "faire valoir sa créance. Le service vous en adressera prochainement le décompte ; "
                       "dans l'attente, je vous remercie de lui communiquer le montant de l'actif net "
                       "successoral et de ne procéder à aucun règlement définitif de la succession.",
    "possible_undue_payment": "Après consultation de nos fichiers, j'ai l'honneur de vous informer que cette "
                              "personne a perçu une prestation qui n'est pas récupérable sur succession "
                              "(allocation personnalisée d'autonomie ou prestation de compensation du "
                              "handicap). Aucune créance d'aide sociale n'est exercée à ce titre. Toutefois, "
                              "des sommes ont pu être versées à tort, notamment après le décès : le service "
                              "examine le dossier et vous contactera si un indu doit être remboursé par la "
                              "succession.",
    "ambiguous": "Les éléments transmis ne permettent pas de vous répondre avec certitude de façon automatique. "
                 "Votre demande est en cours d'examen par un agent du service, qui vous adressera une réponse "
                 "définitive dans les meilleurs délais. Aucune conclusion ne doit être tirée du présent "
                 "courrier quant à l'existence ou à l'absence d'une créance.",
    "corrected_intro": "Par courrier du {{ previous_date }}, nos services ont répondu à votre demande "
                       "référencée {{ reference }}, concernant la succession de la personne suivante, telle "
                       "que votre étude l'a identifiée :",
    "corrected_answer": "Après examen du dossier par un agent, cette réponse est remplacée par la suivante, qui "
                        "annule et remplace la précédente.",
    "legal_notice": "Cette réponse est établie sur la seule base de l'identité saisie par votre étude. Elle ne "
                    "vaut que sous réserve de l'exactitude et de l'exhaustivité de ces informations : une "
                    "erreur de saisie peut en changer le sens et ne saurait engager {{ profile.the_name }}.",
    "data_as_of": "Elle a été établie d'après le fichier des bénéficiaires {{ profile.of_name }} tel qu'il a été "
                  "chargé le {{ data_as_of }}.",
    "decompte_object": "Succession de {{ identity.first_names }} {{ identity.last_name | upper }} — "
                       "décompte de la créance d'aide sociale",
    "decompte_intro": "Par votre demande du {{ previous_date }}, référencée {{ reference }}, vous avez interrogé nos "
                      "services sur l'existence d'une créance d'aide sociale dans le cadre de la succession de la "
                      "personne suivante, telle que votre étude l'a identifiée :",
    "decompte_basis": "Cette personne a bénéficié d'une aide sociale récupérable. {{ profile.the_name | sentence }} "
                      "exerce le recours en récupération {{ recourse }}, prévu à l'article L. 132-8 du code de "
                      "l'action sociale et des familles, dans la limite de sa créance et de l'actif net "
                      "successoral. J'ai l'honneur de vous en adresser le décompte, établi à partir de l'actif net "
                      "successoral et des frais d'obsèques déclarés par votre étude :",
    "decompte_basis_legatee": "Cette personne a bénéficié d'une aide sociale récupérable. "
                              "{{ profile.the_name | sentence }} exerce le recours en récupération {{ recourse }}, "
                              "prévu à l'article L. 132-8 du code de l'action sociale et des familles, dans la limite "
                              "de sa créance et de la valeur des biens légués au jour de l'ouverture de la succession. "
                              "J'ai l'honneur de vous en adresser le décompte, établi à partir de la valeur des biens "
                              "légués déclarée par votre étude :",
    "decompte_basis_donee": "Cette personne a bénéficié d'une aide sociale récupérable. "
                            "{{ profile.the_name | sentence }} exerce le recours en récupération {{ recourse }}, "
                            "prévu à l'article L. 132-8 du code de l'action sociale et des familles pour une donation "
                            "consentie après la demande d'aide sociale ou dans les dix ans qui l'ont précédée, dans la "
                            "limite de sa créance et de la valeur des biens donnés. J'ai l'honneur de vous en "
                            "adresser le décompte, établi à partir de la valeur des biens donnés déclarée par votre "
                            "étude :",
    "decompte_claim": "{{ profile.the_name | sentence }} vous demande de lui régler cette somme lors du règlement "
                      "de la succession. Sa créance n'est pas privilégiée : elle vient après les autres dettes de "
                      "la succession.",
    "decompte_claim_legatee": "Cette somme est due par le légataire, dans la limite de la valeur des biens légués. "
                              "{{ profile.the_name | sentence }} vous demande de la lui régler lors de la délivrance "
                              "du legs.",
    "decompte_claim_donee": "Cette somme est due par le donataire, dans la limite de la valeur des biens donnés. "
                            "Je vous remercie de lui transmettre ce décompte et de faire régler cette somme à "
                            "{{ profile.the_name }}, ou de faire connaître au service les coordonnées du donataire.",
    "decompte_payment": "Merci de rappeler la référence du paiement avec votre règlement :",
    "decompte_notice": "Ce décompte est établi sur la base de l'identité saisie par votre étude et des montants "
                       "d'actif net successoral et de frais d'obsèques qu'elle a déclarés. Pour toute question sur "
                       "ce décompte, ou si ces montants venaient à changer, adressez-vous au service avant tout "
                       "règlement : {{ profile.service_name }}, {{ profile.service_email }}"
                       "{% if profile.phone %}, tél. {{ profile.phone }}{% endif %}.",
    "decompte_notice_legatee": "Ce décompte est établi sur la base de l'identité saisie par votre étude et de la "
                               "valeur des biens légués qu'elle a déclarée. Pour toute question sur ce décompte, ou si "
                               "cette valeur venait à changer, adressez-vous au service avant tout règlement : "
                               "{{ profile.service_name }}, {{ profile.service_email }}"
                               "{% if profile.phone %}, tél. {{ profile.phone }}{% endif %}.",
    "decompte_notice_donee": "Ce décompte est établi sur la base de l'identité saisie par votre étude et de la "
                             "valeur des biens donnés qu'elle a déclarée. Pour toute question sur ce décompte, ou si "
                             "cette valeur venait à changer, adressez-vous au service avant tout règlement : "
                             "{{ profile.service_name }}, {{ profile.service_email }}"
                             "{% if profile.phone %}, tél. {{ profile.phone }}{% endif %}.",
    "closing": "Je vous prie d'agréer, Maître, l'expression de mes salutations distinguées.",
}


RECOURSE_KEYS = ("decompte_basis", "decompte_claim", "decompte_notice")


def for_recourse(texts: dict[str, str], recourse: RecourseType) -> dict[str, str]:
    """The paragraphs of a décompte on that recourse, under the estate's keys that the templates print."""
    if recourse not in LIBERALITY_RECOURSES:
        return texts
    return {**texts, **{key: texts[f"{key}_{recourse.value}"] for key in RECOURSE_KEYS}}
