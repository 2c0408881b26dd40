"""The default paragraphs. A collectivité replaces any of them under [wording] in its collectivite.toml;
each is a jinja2 snippet that may use {{ profile.name }}, {{ reference }}, {{ dated }}, {{ previous_date }}, and in
a décompte {{ recourse }} and {{ amount_claimed }}."""

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
    "decompte_claim": "{{ profile.the_name | sentence }} vous demande de lui régler cette somme lors du règlement "
                      "de la succession. Sa créance n'est pas privilégiée : elle vient après les autres dettes de "
                      "la succession.",
    "decompte_payment": "Merci de rappeler la référence du paiement avec votre règlement :",
    "decompte_notice": "Ce décompte est établi sur la base de l'identité saisie par votre étude et des montants "
                       "d'actif net successoral et de frais d'obsèques qu'elle a déclarés. Pour toute question sur "
                       "ce décompte, ou si ces montants venaient à changer, adressez-vous au service avant tout "
                       "règlement : {{ profile.service_name }}, {{ profile.service_email }}"
                       "{% if profile.phone %}, tél. {{ profile.phone }}{% endif %}.",
    "closing": "Je vous prie d'agréer, Maître, l'expression de mes salutations distinguées.",
}
