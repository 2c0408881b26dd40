"""First names that spelling cannot tell alike: short forms ('Bill' for WILLIAM) and transliterations
('Muhammad' for MOHAMED).

A record typed from what a person or a family said, or a clerk who copies a usage name, may hold the short form
where the civil status holds the full name ('BILL' and 'WILLIAM' share no letter). A short form borne by both
sexes ('Pat': PATRICK or PATRICIA) only raises a doubt: a brother and a sister born the same day may be its two
readings. French civil status records given names, not diminutives, so the short forms are English-language ones;
a short form that is also a given name in its own right ('Nancy', 'Jack') is listed too, and is only a doubt where
the collectivité's records bear it as a name (`first_names.first_names_score`). Arabic and Turkish names reach French records in several transliterations, the death certificate
keeping one and a case file perhaps another ('HOCINE', 'HUSSEIN'); those a keying slip or the sound key do not
already join are listed.
"""

from enum import Enum
from functools import lru_cache

# "SHORT FORMS: FULL NAMES", per sex of the full names.
_MALE = """
ABE: ABRAHAM
AL: ALBERT ALFRED ALAN ALLAN ALLEN
ALF ALFIE: ALFRED
ALEC ALECK: ALEXANDER
ANDY DREW: ANDREW
ARCHIE: ARCHIBALD
ART ARTIE: ARTHUR
BART: BARTHOLOMEW
BEN BENNY BENJY: BENJAMIN
BERNIE BARNEY: BERNARD
BERT BERTIE: ALBERT HERBERT BERTRAM
BILL BILLY WILL WILLIE WILLY LIAM: WILLIAM
BOB BOBBY ROB ROBBIE: ROBERT
BRAD: BRADLEY
CHARLIE CHUCK CHAS: CHARLES
CLIFF: CLIFFORD
DAN DANNY: DANIEL
DAVE DAVY: DAVID
DICK RICK RICKY RICH RICHIE: RICHARD
DON DONNIE: DONALD
DOUG: DOUGLAS
ED EDDIE NED TED TEDDY: EDWARD EDMUND EDWIN
ERNIE: ERNEST
FRANK FRANKIE: FRANCIS FRANKLIN
FRED FREDDIE FREDDY: FREDERICK ALFRED
GENE: EUGENE
GEOFF: GEOFFREY
GREG: GREGORY
GUS: AUGUSTUS ANGUS
HAL HARRY HANK: HENRY HAROLD
HERB: HERBERT
JACK JOHNNY: JOHN
JAKE: JACOB
JEFF: JEFFREY GEOFFREY
JERRY GERRY: GERALD JEROME
JIM JIMMY JAMIE: JAMES
JOE JOEY: JOSEPH
JON: JOHN JONATHAN
JOSH: JOSHUA
KEN KENNY: KENNETH
LARRY: LAWRENCE LAURENCE
LEN LENNY: LEONARD
MATT: MATTHEW
MICK MICKEY MIKE: MICHAEL
MITCH: MITCHELL
NAT NATE: NATHAN NATHANIEL
NICK: NICHOLAS
PADDY: PATRICK
PETE: PETER
PHIL: PHILIP PHILLIP
RAY: RAYMOND
REG REGGIE: REGINALD
RON: RONALD
RUSS: RUSSELL
SID: SIDNEY SYDNEY
STAN: STANLEY
STEVE: STEVEN STEPHEN STEPHAN
THEO: THEODORE
TIM TIMMY: TIMOTHY
TOBY: TOBIAS
TOM TOMMY: THOMAS
VINCE VINNY: VINCENT
WALT WALLY: WALTER
WES: WESLEY
WILF: WILFRED
ZACH ZACK: ZACHARY
PAT: PATRICK
CHRIS KIT: CHRISTOPHER CHRISTIAN
SAM SAMMY: SAMUEL
ALEX SANDY: ALEXANDER
JO: JOSEPH
TERRY: TERENCE
JACKIE: JOHN
BOBBIE: ROBERT
FREDDIE: FREDERICK
RONNIE: RONALD
TONY: ANTHONY
VIC: VICTOR
NICKY: NICHOLAS
LOU: LOUIS
MEL: MELVIN
VAL: VALENTINE
STEVIE: STEVEN STEPHEN
MAX: MAXWELL
LES: LESLIE
JESS: JESSE
"""

_FEMALE = """
ABBY ABBIE: ABIGAIL
AGGIE: AGNES
ANNIE NAN NANCY NANNIE: ANN ANNE ANNA
BECKY BECCA: REBECCA
BESS BESSIE BETH BETSY BETTY ELIZA ELSIE LIBBY LIZ LIZZIE LIZA: ELIZABETH
CARRIE: CAROLINE CAROL
CATHY KATE KATIE KATHY KAY KITTY: CATHERINE KATHERINE KATHRYN KATHLEEN
CINDY: CYNTHIA LUCINDA
CONNIE: CONSTANCE
DEB DEBBIE DEBBY: DEBORAH DEBRA
DOT DOTTIE DOLLY: DOROTHY
DI: DIANA DIANE
NELL NELLIE ELLIE: ELEANOR ELLEN HELEN
FANNY: FRANCES
FLO: FLORENCE
GINNY: VIRGINIA
MAGGIE MADGE MEG PEG PEGGY DAISY GRETA: MARGARET
HATTIE: HARRIET
JENNY JENNIE JEN: JENNIFER
JESSIE: JESSICA JANET
JESS: JESSICA
JOSIE: JOSEPHINE
JUDY: JUDITH
KIM: KIMBERLY
LOTTIE: CHARLOTTE
MANDY: AMANDA
MILLIE: MILDRED MILLICENT CAMILLA
MOLLY POLLY MAMIE: MARY
PAM: PAMELA
PATSY PATTY TRISH TRISHA: PATRICIA
ROSIE: ROSE ROSEMARY
SALLY SADIE: SARAH SARA
SUE SUSIE SUZY: SUSAN SUZANNE SUSANNA
TESS TESSA: THERESA TERESA
TILLY TILLIE: MATILDA
TRUDY: GERTRUDE
VICKY VICKI: VICTORIA
WINNIE: WINIFRED
BARB BABS: BARBARA
SHELLY SHELLEY: MICHELLE
STEPH: STEPHANIE
PAT: PATRICIA
CHRIS KIT: CHRISTINE CHRISTINA KATHERINE
SAM SAMMY: SAMANTHA
ALEX SANDY: ALEXANDRA SANDRA
JO: JOSEPHINE JOANNE JOAN
TERRY: THERESA TERESA
JACKIE: JACQUELINE
BOBBIE: ROBERTA
FREDDIE: FREDERICA
RONNIE: VERONICA
TONI: ANTONIA
VIC: VICTORIA
NICKY: NICOLA NICOLE
LOU: LOUISE LOUISA
MEL: MELANIE MELISSA
VAL: VALERIE
STEVIE: STEPHANIE
MAX: MAXINE
LES: LESLEY
"""


# Spellings of one name, each line a name (those one slip apart or of one sound key need no listing).
_TRANSLITERATIONS = """
MOHAMED MOHAMMED MOHAMAD MOHAMMAD MUHAMMAD MUHAMMED MOUHAMED MOUHAMAD MOHAMET MEHMET
AHMED AHMAD AHMET
YOUSSEF YOUSEF YOUCEF YOUSSOUF YOUSOUF YUSUF YUSSUF
HOCINE HOUCINE HUSSEIN HOUSSEIN HOSSEIN HUSSAIN HUSEYIN
HASSAN HASSANE HASAN HACENE HACEN
MUSTAPHA MUSTAFA MOUSTAPHA MOUSTAFA MOSTEFA MOSTAFA
MESSAOUD MASSAOUD MASSOUD MASOUD
SLIMANE SLIMAN SULEIMAN SOLIMAN SULAYMAN SOULEYMANE
OTHMANE OTMANE OUTHMANE OSMANE OSMAN OUSMANE
DJAMEL JAMEL DJAMAL JAMAL
ABDERRAHMANE ABDERAHMANE ABDERRAHMAN ABDELRAHMAN ABDERRAHMEN
ABDELKADER ABDELKADIR ABDELKHADER ABDULKADIR ABDELKADDER
KHADIJA KHADIDJA KHEDIDJA KHEDIJA
FATIMA FATMA FADMA
"""
_SPELLINGS = {name: frozenset(line.split()) for line in _TRANSLITERATIONS.strip().splitlines() for name in line.split()}


def _read(table: str) -> dict[str, frozenset[str]]:
    full_names: dict[str, set[str]] = {}
    for line in table.strip().splitlines():
        shorts, fulls = line.split(":")
        for short in shorts.split():
            full_names.setdefault(short, set()).update(fulls.split())
    return {short: frozenset(fulls) for short, fulls in full_names.items()}


_OF_MEN, _OF_WOMEN = _read(_MALE), _read(_FEMALE)
_FULL_NAMES = {short: _OF_MEN.get(short, frozenset()) | _OF_WOMEN.get(short, frozenset())
               for short in _OF_MEN.keys() | _OF_WOMEN.keys()}
_BOTH_SEXES = frozenset(_OF_MEN.keys() & _OF_WOMEN.keys())
_OF_SEX = {"M": _OF_MEN, "F": _OF_WOMEN}


def _listed_together() -> dict[str, frozenset[str]]:
    together: dict[str, set[str]] = {}
    for short, fulls in _FULL_NAMES.items():
        together.setdefault(short, set()).update(fulls)
        for full in fulls:
            together.setdefault(full, set()).add(short)
    for name, spellings in _SPELLINGS.items():
        together.setdefault(name, set()).update(spellings - {name})
    return {name: frozenset(others) for name, others in together.items()}


_LISTED_TOGETHER = _listed_together()


class Variant(Enum):
    """How far one name being a variant of the other vouches for one person."""
    SAME_PERSON = "same person"
    EITHER_SEX = "either sex"


@lru_cache(maxsize=100_000)
def variant_of(a: str, b: str, sex: str | None = None) -> Variant | None:
    """Whether two folded first names are listed as one name: SAME_PERSON (a transliteration, or a short form of
    the other), EITHER_SEX (a short form borne by both sexes, and `sex`, when told otherwise, is not that of the full
    name), or None."""
    if b in _SPELLINGS.get(a, ()):
        return Variant.SAME_PERSON
    for short, full in ((a, b), (b, a)):
        if full in _FULL_NAMES.get(short, ()):
            if short not in _BOTH_SEXES or full in _OF_SEX.get(sex or "", {}).get(short, ()):
                return Variant.SAME_PERSON
            return Variant.EITHER_SEX
    return None


def listed_with(name: str) -> frozenset[str]:
    """The names listed as one with `name`: the full names it shortens, its short forms, its other spellings
    ('EDDIE' -> EDWARD, EDMUND, EDWIN; 'DONALD' -> DON, DONNIE)."""
    return _LISTED_TOGETHER.get(name, frozenset())


def borne_by_both_sexes(name: str) -> bool:
    """'PAT', 'CHRIS', 'SAM': short forms of men's and of women's names."""
    return name in _BOTH_SEXES


def is_short_form(name: str) -> bool:
    return name in _FULL_NAMES


def full_names(short: str) -> frozenset[str]:
    """The full names a short form stands for, of either sex: 'BILL' -> {'WILLIAM'}."""
    return _FULL_NAMES.get(short, frozenset())
