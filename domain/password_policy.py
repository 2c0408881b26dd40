"""What a password must be: long enough, and not one that attackers try first (ANSSI, NIST SP 800-63B)."""

import re

from domain.common_passwords import COMMON_PASSWORDS

MIN_PASSWORD_LENGTH = 12


def password_problem(password: str, email: str = "") -> str | None:
    """A French explanation of what is wrong with the password, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Le mot de passe doit compter au moins {MIN_PASSWORD_LENGTH} caractères."
    if len(set(password)) < 4:
        return "Le mot de passe est trop répétitif."
    core = re.sub(r"[\W\d_]+", "", password.lower())
    local = email.split("@")[0].lower()
    if password.lower() in COMMON_PASSWORDS or _is_common(core):
        return "Ce mot de passe est trop courant : choisissez-en un autre, par exemple une phrase de plusieurs mots."
    if len(local) >= 4 and local in password.lower():
        return f"Le mot de passe ne doit pas contenir « {local} », le début de l'adresse électronique."
    return None


def _is_common(letters: str) -> bool:
    """A common word, maybe repeated: 'soleil', 'soleilsoleil'."""
    for times in (1, 2, 3):
        word, rest = divmod(len(letters), times)
        if letters and not rest and letters == letters[:word] * times and letters[:word] in COMMON_PASSWORDS:
            return True
    return False
