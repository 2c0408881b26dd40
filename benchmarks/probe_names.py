"""Hand-written name data for probe_corpus.py (French population born 1908-1985)."""

# Common French surnames, roughly in national frequency order (rank 1 = most common).
HAND_SURNAMES: str = """
Martin, Bernard, Thomas, Petit, Robert, Richard, Durand, Dubois, Moreau, Laurent,
Simon, Michel, Lefèvre, Leroy, Roux, David, Bertrand, Morel, Fournier, Girard,
Bonnet, Dupont, Lambert, Fontaine, Rousseau, Vincent, Muller, Lefebvre, Faure, André,
Mercier, Blanc, Guérin, Boyer, Garnier, Chevalier, François, Legrand, Gauthier, Garcia,
Perrin, Robin, Clément, Morin, Nicolas, Henry, Roussel, Mathieu, Gautier, Masson,
Marchand, Duval, Denis, Dumont, Marie, Lemaire, Noël, Meyer, Dufour, Meunier,
Brun, Blanchard, Giraud, Joly, Rivière, Lucas, Brunet, Gaillard, Barbier, Arnaud,
Martinez, Gérard, Roche, Renard, Schmitt, Roy, Leroux, Colin, Vidal, Caron,
Picard, Roger, Fabre, Aubert, Lemoine, Renaud, Dumas, Lacroix, Olivier, Philippe,
Bourgeois, Pierre, Benoît, Rey, Leclerc, Payet, Rolland, Leclercq, Guillaume, Lecomte,
Lopez, Jean, Dupuy, Guillot, Hubert, Berger, Carpentier, Sanchez, Dupuis, Moulin,
Louis, Deschamps, Huet, Vasseur, Perez, Boucher, Fleury, Royer, Klein, Jacquet,
Adam, Paris, Poirier, Marty, Aubry, Guyot, Carré, Charles, Renault, Charpentier,
Ménard, Maillard, Baron, Bertin, Bailly, Hervé, Schneider, Fernandez, Le Gall, Collet,
Léger, Bouvier, Julien, Prévost, Millet, Perrot, Daniel, Le Roux, Cousin, Germain,
Breton, Besson, Langlois, Rémy, Le Goff, Pelletier, Lévêque, Perrier, Leblanc, Barré,
Lebrun, Marchal, Weber, Mallet, Hamon, Boulanger, Jacob, Monnier, Michaud, Rodriguez,
Guichard, Gillet, Étienne, Grondin, Poulain, Tessier, Chevallier, Collin, Chauvin, Da Silva,
Bouchet, Gay, Lemaître, Bénard, Maréchal, Humbert, Reynaud, Antoine, Hoarau, Perret,
Barthélemy, Cordier, Pichon, Lejeune, Gilbert, Lamy, Delaunay, Pasquier, Carlier, Laporte,
Gomez, Navarro, Tanguy, Texier, Chambon, Vial, Ferrand, Chapuis, Mathon, Bruyère,
Thévenet, Duc, Gonin, Chevrier, Fayolle, Guillermin, Pitiot, Jacquemet, Bonnard, Ducret,
Châtelain, Charrier, Chauveau, Lebon, Rousset, Vallet, Gros, Devaux, Marion, Blanchet,
Besnard, Jourdan, Pons, Hardy, Lagarde, Bigot, Bouchard, Gilles, Jacques, Rossi,
Bruneau, Lesage, Lebreton, Camus, Bernier, Hamel, Delmas, Aubin, Lefort, Verdier,
Labbé, Brunel, Moreno, Lainé, Guillou, Riou, Coulon, Pineau, Régnier, Leduc,
Cartier, Buisson, Hébert, Gosselin, Thibault, Tissot, Lebeau, Mathis, Blondel, Pottier,
Turpin, Weiss, Raynaud, Bonneau, Dufresne, Drouet, Lacombe, Peltier, Parent, Delattre,
Normand, Morvan, Guilbert, Martineau, Ricard, Laurens, Bazin, Chauvet, Allard, Imbert,
Tournier, Lemonnier, Ollivier, Mounier, Bourdon, Didier, Vaillant, Georges, Lacoste, Raymond,
Cros, Gaudin, Delorme, Colas, Rocher, Toussaint, Delage, Pascal, Valentin, Jacquot,
Bouvet, Bousquet, Vallée, Laroche, Boulay, Lelièvre, Grenier, Vacher, Laval, Duhamel,
Combes, Joubert, Chartier, Poulet, Legros, Grand, Tardy, Ruiz, Gervais, Jacquemin,
Guillon, Besse, Maurin, Berthelot, Poncet, Ferreira, Rodrigues, Fernandes, Pereira, Lopes,
Lombard, Charbonnier, Mazet, Chapelle, Badin, Peyrard, Desbois, Thevenon, Berthet, Guillet,
Grange, Chardon, Roux, Dubost, Dumoulin, Brunier, Sauvage, Boissonnet, Sabatier, Teyssier,
Ravier, Bonnefoy, Chaize, Fayard, Verne, Rivoire, Perrachon, Thomasson, Goutte, Janin,
Burnichon, Dussurgey, Gagnaire, Crozet, Favier, Chomette, Laffay, Bret, Mure, Giroud
"""

# Phonetic twins: distinct real families whose names sound (almost) the same.
TWIN_GROUPS: list[tuple[str, ...]] = [
    ("Lefèvre", "Lefebvre", "Lefeuvre"), ("Thibault", "Thibaut", "Thibaud"),
    ("Gauthier", "Gautier"), ("Renaud", "Renault", "Reynaud"), ("Arnaud", "Arnault"),
    ("Michaud", "Michaux"), ("Fabre", "Favre"), ("Mathieu", "Matthieu"),
    ("Chevalier", "Chevallier"), ("Roy", "Roi"), ("Meunier", "Munier"),
    ("Leclerc", "Leclercq", "Leclerq"), ("Perrin", "Perin"), ("Caron", "Carron"),
    ("Carré", "Carrez"), ("Rey", "Ray"), ("Tessier", "Texier", "Teyssier"),
    ("Giraud", "Girault", "Giraut"), ("Rigaud", "Rigault"), ("Dupré", "Duprez"),
    ("Joly", "Joli", "Jolly"), ("Aubry", "Aubri"), ("Marchand", "Marchant"),
    ("Lemoine", "Lemoyne"), ("Bénard", "Besnard"), ("Ménard", "Mesnard"),
    ("Denis", "Denys"), ("Bailly", "Bailli"), ("Rousseau", "Rousseaux"),
    ("Bertaud", "Berthaud", "Bertault"), ("Mallet", "Malet"), ("Millet", "Milet"),
    ("Gaudin", "Godin"), ("Guérin", "Guerrin"), ("Rolland", "Roland"),
    ("Pelletier", "Peltier"), ("Colin", "Collin"), ("Philippe", "Philipe"),
    ("Chabert", "Chabbert"), ("Vidal", "Vital"),
]

# Particles, apostrophes, Saint-, Breton Le/Ar.  (name, origin)
PARTICLE_SURNAMES: list[tuple[str, str]] = [
    ("de La Fontaine", "fr"), ("de La Roche", "fr"), ("de Lattre", "fr"), ("du Bourg", "fr"),
    ("de Vaulx", "fr"), ("de Chabannes", "fr"), ("de La Salle", "fr"), ("du Puy", "fr"),
    ("de Saint-Priest", "fr"), ("des Roches", "fr"), ("de Villeneuve", "fr"), ("de Chazelles", "fr"),
    ("Le Goff", "fr"), ("Le Gall", "fr"), ("Le Bihan", "fr"), ("Le Guen", "fr"), ("Le Corre", "fr"),
    ("Le Floch", "fr"), ("Le Berre", "fr"), ("Le Bris", "fr"), ("Le Meur", "fr"), ("Le Roux", "fr"),
    ("Saint-Martin", "fr"), ("Saint-Jean", "fr"), ("Saint-Cyr", "fr"), ("Sainte-Marie", "fr"),
    ("D'Hondt", "fr"), ("L'Hermitte", "fr"), ("Van de Velde", "fr"), ("Van Damme", "fr"),
    ("N'Diaye", "wa"), ("N'Dongo", "wa"), ("M'Bengue", "wa"), ("N'Guessan", "wa"),
    ("D'Almeida", "pt"), ("Da Silva", "pt"), ("Dos Santos", "pt"), ("Da Costa", "pt"),
    ("De Sousa", "pt"), ("De Oliveira", "pt"), ("D'Amico", "it"), ("D'Angelo", "it"),
    ("Ben Ali", "mg"), ("Ben Saïd", "mg"), ("El Amrani", "mg"), ("Aït Ahmed", "mg"),
]

FOREIGN_SURNAMES: list[tuple[str, str]] = [
    ("Ferreira", "pt"), ("Pereira", "pt"), ("Rodrigues", "pt"), ("Fernandes", "pt"), ("Lopes", "pt"),
    ("Gonçalves", "pt"), ("Martins", "pt"), ("Teixeira", "pt"), ("Carvalho", "pt"), ("Ribeiro", "pt"),
    ("Rossi", "it"), ("Russo", "it"), ("Ferrari", "it"), ("Esposito", "it"), ("Bianchi", "it"),
    ("Romano", "it"), ("Colombo", "it"), ("Ricci", "it"), ("Marino", "it"), ("Greco", "it"),
    ("Benali", "mg"), ("Haddad", "mg"), ("Mansouri", "mg"), ("Bouaziz", "mg"), ("Belkacem", "mg"),
    ("Cherif", "mg"), ("Amrani", "mg"), ("Boudjema", "mg"), ("Meziane", "mg"), ("Khelifi", "mg"),
    ("Hamidi", "mg"), ("Saïdi", "mg"), ("Bensaïd", "mg"), ("Brahimi", "mg"), ("Benamar", "mg"),
    ("Diallo", "wa"), ("Traoré", "wa"), ("Diop", "wa"), ("Sow", "wa"), ("Camara", "wa"),
    ("Cissé", "wa"), ("Konaté", "wa"), ("Keïta", "wa"), ("Touré", "wa"), ("Sylla", "wa"),
    ("Nguyen", "vn"), ("Tran", "vn"), ("Pham", "vn"), ("Hoang", "vn"), ("Vo", "vn"),
    ("Garcia", "es"), ("Martinez", "es"), ("Sanchez", "es"), ("Hernandez", "es"), ("Jimenez", "es"),
]

# Long-tail surname generator pieces (yield plausible French-looking names).
TAIL_PREFIX: list[str] = ("Bou Ba Be Bé Bi Bo Cha Che Chau Co Cou Da De Dé Di Du Fa Fe Fo Ga Ge Gé Gi Go Gu "
                          "La Le Lé Li Lo Lu Ma Me Mé Mi Mo Mu Na Ne No Pa Pe Pé Pi Po Ra Re Ré Ri Ro Ru "
                          "Sa Se Si So Ta Te Ti To Tou Va Ve Vi Vo Gri Bri Bro Cla Cre Fra Gra Pra Tra Tre "
                          "Vau Mau Pau Rou Jou Mon Mar Ber Bar Char Cour Fon Pel Gil Val Ver Vil Mal Bel").split()
TAIL_MID: list[str] = "r l n m ch rn rd ss t v g ill nn ll rr b c d p s gn qu nd rt st ".split(" ")
TAIL_SUFFIX: list[str] = ("ard aud ault eau el elle er et ette ier in ine on ot oux y ac at ou ais and ant ent "
                          "eux iard ion ois ond our uel is as ès ey at oz ieux ay ange enne ot ès").split()

# First names: (name, peak birth year, weight).  Weight is relative within sex.
MALE_FIRST: list[tuple[str, int, int]] = [
    ("Jean", 1930, 100), ("Pierre", 1930, 45), ("Louis", 1920, 35), ("André", 1925, 45), ("René", 1925, 35),
    ("Marcel", 1920, 40), ("Henri", 1920, 25), ("Georges", 1920, 25), ("Roger", 1925, 35), ("Robert", 1925, 35),
    ("Paul", 1925, 25), ("Maurice", 1920, 30), ("Raymond", 1925, 25), ("Lucien", 1920, 20), ("Fernand", 1918, 18),
    ("Albert", 1920, 18), ("Marius", 1915, 10), ("Joseph", 1920, 20), ("Émile", 1915, 10), ("Eugène", 1915, 10),
    ("Gaston", 1915, 10), ("Léon", 1915, 12), ("Charles", 1925, 15), ("Édouard", 1920, 6), ("Camille", 1918, 5),
    ("Antoine", 1925, 10), ("Francis", 1935, 10), ("Jacques", 1935, 45), ("Michel", 1945, 50), ("Claude", 1940, 35),
    ("Bernard", 1945, 35), ("Gérard", 1945, 30), ("Daniel", 1950, 30), ("Alain", 1950, 40), ("Guy", 1935, 20),
    ("Jean-Pierre", 1950, 30), ("Jean-Claude", 1945, 30), ("Jean-Louis", 1950, 18), ("Jean-Marie", 1945, 12),
    ("Jean-Paul", 1950, 12), ("Jean-François", 1955, 12), ("Jean-Jacques", 1948, 10), ("Jean-Michel", 1955, 12),
    ("Jean-Luc", 1960, 10), ("Jean-Marc", 1960, 10), ("Christian", 1950, 28), ("Serge", 1948, 18), ("Yves", 1940, 18),
    ("Roland", 1935, 12), ("Gilbert", 1935, 12), ("Marc", 1955, 15), ("Patrick", 1958, 35), ("Philippe", 1960, 35),
    ("Dominique", 1958, 18), ("Didier", 1962, 20), ("Pascal", 1962, 22), ("Thierry", 1963, 24), ("Éric", 1965, 22),
    ("Christophe", 1970, 25), ("Laurent", 1968, 22), ("Frédéric", 1970, 18), ("Olivier", 1968, 15),
    ("Stéphane", 1972, 20),
    ("Bruno", 1962, 14), ("Franck", 1970, 12), ("Hervé", 1962, 12), ("Denis", 1955, 10), ("Joël", 1955, 10),
    ("Jean-Yves", 1955, 6), ("Gilles", 1958, 12), ("Jacky", 1950, 6), ("Max", 1930, 4), ("Raoul", 1915, 5),
    ("Armand", 1920, 6), ("Auguste", 1915, 5), ("Julien", 1920, 6), ("Alfred", 1915, 6), ("Victor", 1915, 6),
    ("Clément", 1918, 4), ("Félix", 1918, 5), ("Jules", 1915, 8), ("Gabriel", 1920, 6), ("Alexandre", 1925, 5),
    ("Étienne", 1925, 5), ("Norbert", 1938, 5), ("Jean-Baptiste", 1930, 5), ("François", 1940, 25),
    ("Jean-Noël", 1955, 3),
    ("Rémy", 1958, 5), ("Lionel", 1965, 6), ("Fabrice", 1968, 10), ("Sylvain", 1972, 8), ("David", 1974, 10),
    ("Sébastien", 1975, 10), ("Nicolas", 1975, 10), ("Cédric", 1975, 6), ("Vincent", 1970, 10), ("Jérôme", 1972, 8),
    ("Emmanuel", 1968, 8), ("Xavier", 1965, 6), ("Yannick", 1968, 5), ("Ludovic", 1975, 5), ("Arnaud", 1973, 6),
    ("Gérald", 1950, 3), ("Régis", 1960, 5), ("Aimé", 1915, 4), ("Léonce", 1915, 2), ("Théodore", 1915, 2),
    ("Adrien", 1920, 3), ("Claudius", 1915, 6), ("Benoît", 1925, 4), ("Honoré", 1915, 2), ("Octave", 1915, 2),
    ("Valentin", 1915, 3), ("Germain", 1920, 3), ("Pierre-Yves", 1965, 3), ("Paul-Henri", 1960, 2),
    ("Jean-Charles", 1960, 3),
    ("Michaël", 1975, 3), ("Thomas", 1975, 2), ("Guillaume", 1975, 3), ("Bertrand", 1960, 4), ("Mathieu", 1975, 3),
    ("Henri-Pierre", 1940, 1), ("Noël", 1935, 4), ("Lucien", 1920, 8), ("Jean-René", 1945, 2), ("Firmin", 1915, 2),
    ("Ernest", 1915, 6), ("Abel", 1918, 3), ("Célestin", 1915, 2), ("Gustave", 1915, 4), ("Hubert", 1945, 5),
    ("Gaëtan", 1970, 2), ("Loïc", 1972, 4), ("Hugues", 1962, 2), ("Jean-Christophe", 1968, 4),
    ("Jean-Philippe", 1968, 3),
]
FEMALE_FIRST: list[tuple[str, int, int]] = [
    ("Marie", 1920, 60), ("Jeanne", 1920, 50), ("Marguerite", 1920, 30), ("Germaine", 1922, 30), ("Louise", 1918, 20),
    ("Yvonne", 1922, 30), ("Madeleine", 1922, 30), ("Suzanne", 1925, 30), ("Simone", 1928, 30), ("Marcelle", 1922, 20),
    ("Odette", 1928, 20), ("Lucienne", 1922, 20), ("Denise", 1930, 30), ("Paulette", 1930, 25), ("Renée", 1928, 20),
    ("Raymonde", 1928, 15), ("Andrée", 1928, 15), ("Georgette", 1925, 12), ("Henriette", 1920, 12),
    ("Berthe", 1915, 10),
    ("Alice", 1918, 10), ("Juliette", 1920, 10), ("Hélène", 1930, 10), ("Antoinette", 1920, 10), ("Claudine", 1945, 18),
    ("Jacqueline", 1935, 35), ("Monique", 1940, 35), ("Colette", 1935, 20), ("Ginette", 1935, 20), ("Yvette", 1935, 20),
    ("Josette", 1940, 15), ("Micheline", 1935, 15), ("Nicole", 1943, 30), ("Christiane", 1945, 25),
    ("Michèle", 1947, 28),
    ("Françoise", 1947, 35), ("Danielle", 1948, 25), ("Annie", 1950, 20), ("Anne-Marie", 1945, 20),
    ("Marie-Thérèse", 1935, 15),
    ("Marie-Louise", 1925, 12), ("Marie-Claude", 1945, 12), ("Marie-France", 1950, 8), ("Marie-Christine", 1955, 10),
    ("Marie-José", 1945, 5), ("Martine", 1955, 35), ("Chantal", 1955, 25), ("Brigitte", 1955, 25),
    ("Catherine", 1960, 30),
    ("Christine", 1958, 30), ("Sylvie", 1962, 30), ("Évelyne", 1952, 12), ("Dominique", 1958, 15),
    ("Patricia", 1962, 18),
    ("Isabelle", 1966, 30), ("Nathalie", 1968, 30), ("Véronique", 1963, 22), ("Valérie", 1968, 22),
    ("Pascale", 1962, 12),
    ("Corinne", 1965, 18), ("Laurence", 1966, 15), ("Sandrine", 1972, 22), ("Karine", 1973, 15),
    ("Stéphanie", 1975, 15),
    ("Céline", 1975, 12), ("Sophie", 1972, 15), ("Florence", 1965, 10), ("Béatrice", 1962, 10), ("Agnès", 1960, 10),
    ("Anne", 1960, 10), ("Élisabeth", 1950, 8), ("Josiane", 1945, 10), ("Mireille", 1945, 12), ("Jocelyne", 1948, 10),
    ("Éliane", 1940, 8), ("Liliane", 1940, 10), ("Arlette", 1935, 8), ("Huguette", 1930, 10), ("Lucette", 1932, 8),
    ("Solange", 1932, 8), ("Gisèle", 1935, 12), ("Thérèse", 1925, 15), ("Geneviève", 1935, 12), ("Jeannine", 1935, 12),
    ("Janine", 1935, 12), ("Yolande", 1935, 6), ("Lucie", 1915, 6), ("Augustine", 1915, 6), ("Eugénie", 1915, 6),
    ("Joséphine", 1915, 8), ("Marthe", 1918, 10), ("Léa", 1915, 4), ("Rose", 1918, 6), ("Blanche", 1915, 5),
    ("Émilie", 1915, 4), ("Anna", 1918, 5), ("Joëlle", 1955, 8), ("Marie-Hélène", 1955, 5), ("Marie-Pierre", 1958, 4),
    ("Claire", 1955, 6), ("Murielle", 1965, 6), ("Fabienne", 1965, 8), ("Carole", 1968, 8), ("Sabine", 1965, 8),
    ("Emmanuelle", 1970, 5), ("Caroline", 1973, 6), ("Virginie", 1975, 6), ("Delphine", 1973, 6),
    ("Alexandra", 1973, 4),
    ("Marie-Noëlle", 1955, 3), ("Paule", 1930, 5), ("Gabrielle", 1918, 5), ("Clémence", 1915, 3), ("Mathilde", 1915, 4),
    ("Adrienne", 1918, 4), ("Irène", 1925, 6), ("Fernande", 1920, 8), ("Albertine", 1915, 4), ("Léontine", 1915, 4),
    ("Marie-Jeanne", 1930, 5), ("Claudette", 1940, 10), ("Nadine", 1955, 15), ("Régine", 1950, 8), ("Viviane", 1950, 6),
    ("Maryse", 1950, 6), ("Francine", 1948, 10), ("Marinette", 1935, 4), ("Odile", 1945, 8), ("Bernadette", 1940, 14),
    ("Noëlle", 1945, 4), ("Marie-Madeleine", 1930, 4), ("Marie-Paule", 1945, 4), ("Marie-Odile", 1950, 3),
    ("Ghislaine", 1945, 5),
    ("Lydie", 1950, 3), ("Michelle", 1945, 10), ("Yvelise", 1945, 1), ("Rolande", 1935, 3), ("Lucile", 1920, 3),
    ("Ernestine", 1915, 3), ("Félicie", 1915, 2), ("Philomène", 1915, 2), ("Valentine", 1915, 2), ("Angèle", 1918, 4),
]
# second / third given names favoured by the civil registers of the time
MALE_MIDDLE_BOOST: dict[str, float] = {
    "Joseph": 6, "Louis": 4, "Marie": 3, "Jean": 3, "Pierre": 3, "Antoine": 3, "François": 2,
    "Henri": 2, "Émile": 2, "Claude": 2, "Paul": 2, "Michel": 1.5}
FEMALE_MIDDLE_BOOST: dict[str, float] = {
    "Marie": 8, "Louise": 4, "Jeanne": 3, "Joséphine": 3, "Thérèse": 2, "Françoise": 2,
    "Antoinette": 2, "Claudine": 2, "Andrée": 1.5, "Madeleine": 1.5, "Christiane": 1.5}

# origin -> (male given names, female given names)
ORIGIN_FIRST: dict[str, tuple[list[str], list[str]]] = {
    "mg": (["Mohamed", "Ahmed", "Ali", "Mustapha", "Abdelkader", "Rachid", "Saïd", "Larbi", "Brahim",
            "Mohammed", "Salah", "Amar", "Messaoud", "Abdallah", "Lakhdar"],
           ["Fatima", "Khadija", "Aïcha", "Fatma", "Zohra", "Yamina", "Malika", "Djamila", "Zoubida",
            "Houria", "Kheira", "Fatiha", "Rachida"]),
    "wa": (["Mamadou", "Moussa", "Ousmane", "Abdoulaye", "Ibrahima", "Amadou", "Boubacar", "Seydou", "Cheikh"],
           ["Aminata", "Fatou", "Mariama", "Awa", "Kadiatou", "Aïssatou", "Fatoumata", "Ramatoulaye"]),
    "pt": (["José", "Manuel", "António", "Joaquim", "Francisco", "Fernando", "Carlos", "Armando", "Américo"],
           ["Maria", "Rosa", "Fernanda", "Isabel", "Lurdes", "Conceição", "Ana", "Aurora", "Adelaide"]),
    "it": (["Giuseppe", "Antonio", "Giovanni", "Salvatore", "Francesco", "Mario", "Angelo", "Vincenzo", "Luigi"],
           ["Maria", "Giuseppina", "Angela", "Rosa", "Anna", "Carmela", "Antonietta", "Concetta", "Lucia"]),
    "vn": (["Minh", "Hung", "Tuan", "Dung", "Long", "Thanh", "Van Minh", "Quang"],
           ["Lan", "Mai", "Hoa", "Huong", "Thi Lan", "Thi Mai", "Linh", "Thuy"]),
    "es": (["José", "Manuel", "Antonio", "Francisco", "Juan", "Miguel", "Pedro"],
           ["Maria", "Carmen", "Dolores", "Pilar", "Josefa", "Isabel", "Mercedes"]),
}

# Communes of death (Rhône / Métropole de Lyon and neighbours), with weights.
COMMUNES: list[tuple[str, int]] = [
    ("Lyon", 40), ("Villeurbanne", 10), ("Vénissieux", 6), ("Vaulx-en-Velin", 5), ("Caluire-et-Cuire", 5),
    ("Bron", 6), ("Saint-Priest", 5), ("Villefranche-sur-Saône", 8), ("Rillieux-la-Pape", 4), ("Meyzieu", 3),
    ("Oullins", 3), ("Décines-Charpieu", 3), ("Tarare", 3), ("Givors", 3), ("Sainte-Foy-lès-Lyon", 3),
    ("Écully", 2), ("Tassin-la-Demi-Lune", 2), ("Pierre-Bénite", 4), ("Saint-Genis-Laval", 3), ("L'Arbresle", 2),
    ("Belleville-en-Beaujolais", 2), ("Mornant", 1), ("Brignais", 1), ("Limonest", 1), ("Anse", 1),
    ("Thizy-les-Bourgs", 1), ("Amplepuis", 1), ("Saint-Symphorien-sur-Coise", 1), ("Gleizé", 1),
    ("Neuville-sur-Saône", 1),
    ("Saint-Fons", 1), ("Francheville", 1), ("Irigny", 1), ("Genas", 1), ("Chaponost", 1),
    ("Vienne", 1), ("Bourgoin-Jallieu", 1), ("Saint-Étienne", 1), ("Mâcon", 1), ("Grigny", 1),
    ("Montbrison", 1), ("Condrieu", 1), ("Beaujeu", 1), ("Lozanne", 1), ("Saint-Laurent-de-Chamousset", 1),
]
