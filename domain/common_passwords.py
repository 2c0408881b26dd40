"""Passwords attackers try first: frequent ones in French and English leaks, by hand (kept short)."""

COMMON_PASSWORDS: frozenset[str] = frozenset(
    """
000000000000 0123456789 111111111111 123123123123 123456 1234567 12345678 123456789 1234567890
123456789012 12345678910 147258369 987654321 aaaaaa abcdef abcdefgh abcdefghijkl admin administrateur
administrator alain alexandre amour antoine aout arsenal aurelie automne autumn avril azerty azerty123
azertyazerty azertyuiop azertyuiopqsdfghjklm barcelona baseball batman bienvenue bonjour bonjour123
camille caroline catherine celine changeme chat chelsea chien chocolat chouchou christine coucou decembre
default departement dimanche doudou dragon ete fevrier flower football france francoise hello hellohello
helloworld hiver iloveyou isabelle janvier jean jesuislemotdepasse jetaime jeudi juillet juin julien
juventus lapin letmein letmeinletmein liberte liverpool login loulou lundi lyon mai mardi marine mars
marseille master mdp mercredi metropole michel mnbvcxw monique monkey motdepass motdepasse motdepasse123
motdepassemotdepasse naruto nathalie nicolas nicole notaire notaires notaires2026 notariat novembre
octobre olympique om onlyonelove paris passw0rd password password123 passwordpassword patrick philippe
pierre poiuytreza pokemon princess princesse printemps psg qazwsx qazwsxedc qsdfghjklm qwerty qwertyqwerty
qwertyuiop realmadrid rhone samedi sandrine secret septembre shadow soleil soleil2024 spring starwars
stephanie summer sunshine superman sylvie test testtest thomas tintin toulouse trustno user utilisateur
vendredi welcome welcomewelcome whatever winter wxcvbn zaqxsw
""".split()
)
