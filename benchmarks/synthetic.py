"""A synthetic IODAS extract for throughput benchmarks (not for matching quality)."""

import random
from datetime import date, timedelta

SURNAMES = ["MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT",
            "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD"]
FIRST = ["JEAN", "MARIE", "PIERRE", "JEANNE", "LOUIS", "ANNE", "PAUL", "MARGUERITE", "HENRI", "SUZANNE"]
AIDS = ["ASH", "AM", "APA", "PCH"]
HEADER = "iodas_id,sex,usage_name,birth_name,first_names,birth_date,maison_code,aid_code,aid_start,aid_end\n"


def person_rows(i: int, rng: random.Random) -> list[str]:
    surname = f"{rng.choice(SURNAMES)}{rng.choice(SURNAMES)[:3]}{i % 97}"
    first = f"{rng.choice(FIRST)} {rng.choice(FIRST)}"
    born = date(1920, 1, 1) + timedelta(days=rng.randrange(365 * 40))
    sex = rng.choice("MF")
    rows = []
    for aid in rng.sample(AIDS, k=rng.choice((1, 2))):
        start = date(2010, 1, 1) + timedelta(days=rng.randrange(4000))
        rows.append(f"{100000 + i},{sex},{surname},{surname},{first},{born},MDR{i % 12:02d},{aid},{start},\n")
    return rows


def extract(people: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return HEADER + "".join(row for i in range(people) for row in person_rows(i, rng))
