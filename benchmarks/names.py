"""Name banks for the labelled corpora: French civil status, and an English-language variant.

Frequencies are rough ranks (Zipf-like weights are applied by the generator), enough for homonyms
to appear as they do in a département's files.
"""

FRENCH_SURNAMES = """
Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefèvre Leroy Roux David
Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefebvre Faure André
Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément Morin Nicolas
Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun
Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy
Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois
Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger
Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam
Paris Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard Maillard Baron Bertin Bailly Hervé
Schneider Fernandez Le Gall Collet Léger Bouvier Julien Prévost Millet Perrot Daniel Le Roux Cousin Germain
Breton Besson Langlois Rémy Le Goff Pelletier Lévêque Perrier Leblanc Barré Lebrun Marchal Weber Mallet
Hamon Boulanger Jacob Monnier Michaud Rodriguez Guichard Gillet Étienne Grondin Poulain Tessier Chevallier
Collin Chauvin Da Silva Bouchet Gay Lemaître Bénard Maréchal Humbert Reynaud Antoine Hoarau Perret Barthélémy
Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte Thibault Thibaut Girault Lefeuvre
Rousseaux Dupond Schmidt Favre Michaux Mathé Matthieu N'Diaye Diallo Traoré Nguyen Le Bihan Kerbrat Le Floch
Saint-Martin Dupont-Moreau Martin-Dubois Lefèvre-Pontalis Ould-Ahmed Ben Amar Van der Berg
de La Fontaine de Saint-Exupéry d'Arcy de Gaulle du Pont de Villiers Le Pennec L'Hôte D'Souza
Œuvrard Bœuf Cœur Lebœuf Châtelain Hénaff Évrard Ézanno Giraud-Laval Caillé Cailler Vallée Valet Vallet
Bouvet Jourdain Roulland Pichard Le Meur Queffélec Tanguy Riou Corre Guivarc'h
"""

FRENCH_MALE = """
Jean Pierre Michel André Philippe René Louis Alain Jacques Bernard Marcel Daniel Roger Robert Paul Claude
Christian Henri Georges Gérard Jean-Pierre Jean-Claude Jean-Marie Jean-Paul Joseph François Maurice Raymond
Lucien Marc Gilbert Guy Roland Serge Yves Patrick Bruno Denis Pascal Jean-Louis Jean-François Jean-Jacques
Thierry Dominique Gabriel Émile Albert Fernand Lucien Antoine Noël Joël Frédéric Maxime Étienne Léon Victor
Mohamed Ahmed Mamadou Ibrahima Youssef
"""

FRENCH_FEMALE = """
Marie Jeanne Françoise Monique Catherine Nathalie Isabelle Jacqueline Anne Sylvie Martine Madeleine Nicole
Suzanne Hélène Christiane Marguerite Denise Louise Christine Yvonne Simone Germaine Paulette Odette Renée
Andrée Michèle Michelle Danièle Josette Colette Ginette Marie-Claire Marie-Thérèse Anne-Marie Marie-France
Marie-Louise Marie-Christine Jeannine Henriette Lucienne Gabrielle Joëlle Brigitte Dominique Thérèse
Geneviève Bernadette Éliane Raymonde Claudine Pascale Fatima Aïcha Fatoumata Awa
"""

ENGLISH_SURNAMES = """
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson
White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter
Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers
Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray
Hughes Price Sanders Myers Long Ross Foster O'Brien O'Connor O'Neill McDonald MacDonald McKenzie Mackenzie
Smyth Smythe Thomson Thompsen Reid Reed Read Clarke Gray Grey Stuart Stewart Allan Allen Byrne Burns
Fitzgerald Fitz-Gerald St. John Lloyd-Jones Bowes-Lyon Van Dyke De Souza Nakamura Patel Singh Khan
"""

ENGLISH_MALE = """
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony
Mark Donald Steven Stephen Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey
Ryan Jacob Gary Nicholas Eric Jonathan Stephan Larry Justin Scott Brandon Frank Benjamin Gregory Samuel
Raymond Patrick Alexander Jack Dennis Jerry Tyler Aaron Jose Henry Adam Douglas Nathan Peter Zachary Kyle
"""

ENGLISH_FEMALE = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra
Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura
Cynthia Kathleen Catherine Katherine Kathryn Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma
Samantha Christine Debra Rachel Carolyn Janet Virginia Maria Heather Diane Julie Joyce Victoria Kelly Joan
Louise Louisa Frances Francis Jean Joanne Ann Anne Annie
"""

# Distinct families whose names sound alike: a generator draws both on purpose.
PHONETIC_TWINS = (
    ("Lefèvre", "Lefebvre"), ("Thibault", "Thibaut"), ("Giraud", "Girault"), ("Renaud", "Renault"),
    ("Rousseau", "Rousseaux"), ("Gauthier", "Gautier"), ("Mathieu", "Matthieu"), ("Dupont", "Dupond"),
    ("Schmitt", "Schmidt"), ("Fabre", "Favre"), ("Michaud", "Michaux"), ("Vallet", "Valet"),
    ("Caillé", "Cailler"), ("Leclerc", "Leclercq"), ("Lefèvre", "Lefeuvre"),
)
ENGLISH_TWINS = (("Smith", "Smyth"), ("Thomson", "Thompson"), ("Reid", "Reed"), ("Gray", "Grey"),
                 ("Stuart", "Stewart"), ("McDonald", "MacDonald"), ("Allan", "Allen"), ("Clarke", "Clark"))


def words(block: str) -> list[str]:
    """One name per whitespace-separated item; multi-word names are written with a no-break underscore."""
    return [w for w in block.split() if w]


def surnames(block: str) -> list[str]:
    """Surnames may contain spaces ('de La Fontaine', 'Le Goff'): particles are glued to the next word."""
    out: list[str] = []
    pending = ""
    for w in block.split():
        if w in {"de", "du", "Le", "La", "Da", "Van", "der", "Ben", "St.", "De"}:
            pending += w + " "
            continue
        out.append(pending + w)
        pending = ""
    return out
