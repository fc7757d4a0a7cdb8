"""Words that say what role a list gives its parties ("signed by", "12 against, namely:", "did not sign").

The cue nearest before a list wins; a negation before it ("did not sign", "with the exception of",
"крім", "відмовилися") makes the list one of parties that did NOT take part, unless a contrast
("but", "але") follows it. English and Ukrainian.
"""

from __future__ import annotations

import re

VOTE_KINDS = frozenset({"un_resolution_vote", "hrc_resolution_vote"})
KINDS = (
    "joint_statement",
    "co_chairs_statement",
    "declaration",
    "communique",
    "un_resolution_vote",
    "hrc_resolution_vote",
    "osce_invocation",
    "parliamentary_resolution",
)
NOT_PARTY = "not_party"  # named as not taking part: reported, never a position row
NEAR = 25  # characters between a cue that names a role and one or two names for them to be taken
# After a list, a cue counts only right after the names: "A and B withdrew", "… and X voted against", not
# "A, B and C have agreed to act as intermediaries … signed".
TAIL_GAP = re.compile(
    r"^[\s,]*(?:(?:have|has|had|also|all|both|jointly|officially|already|were|was|voted|also|вже|також|офіційно)\s+)*$",
    re.IGNORECASE,
)

_SPECIFIC = {
    "co_chair": r"co-?chair|co-?head|co-?led\b|co-?lead|співголов|співочол|під головуванням",
    "observer": r"observer|спостерігач",
    "not_voting": r"did not vote|not voting|non-voting|\babsent\b(?! from)|не голосувал",
    "against": r"\bagainst\b|\bvoted no\b|\bпроти\b",
    "abstained": r"abstain|abstention|утрима",
    "in_favour": r"in favou?r|voted (?:for|yes)\b|проголосувал\w* за\b",
    "invoked": r"invok|invocation|ініціюва",
    "withdrew": r"withdr[ae]w|withdrawn|відклика|зняли свої підписи",
    "signatory": r"\bsign|endors|support|\bjoin|backed|on behalf of|co-?sponsor|subscrib|"
    r"підпис|підтрима|приєдна|увійшл|долуч|ухвал|від імені|схвал",
}
CUES = re.compile("|".join(f"(?P<{status}>{pattern})" for status, pattern in _SPECIFIC.items()), re.IGNORECASE)
NEGATION = re.compile(
    r"did not (?:sign|join|support|endorse|back|agree)|didn't (?:sign|join|support)|(?:has|have) not (?:signed|joined)|"
    r"not (?:signed|joined|among)|refus|declin|opted not|absent from|with the exception of|\bexcept\b|\bexcluding\b|"
    r"крім|окрім|за винятком|не підпис|не підтрима|не приєдна|відмов|відсутн",
    re.IGNORECASE,
)
CONTRAST = re.compile(
    r"\bbut\b|\bhowever\b|\bwhereas\b|\bwhile\b|\bале\b|\bпроте\b|\bоднак\b|\bводночас\b|у той же час", re.IGNORECASE
)
PARTIAL = re.compile(
    r"\bincluding\b|\bamong (?:them|others|those)\b|\bsuch as\b|\bfor example\b|\be\.g\.|\bзокрема\b|\bсеред них\b|"
    r"\bу тому числі\b|\bвключно з\b|\bнаприклад\b",
    re.IGNORECASE,
)
INTRODUCED = re.compile(
    r"(?::|\(|[–—]|\bnamely|\bfollowing|\bas follows|\bare|\bwere|\binclude[sd]?|\bincluding|\bon behalf of|\bsigned by|\bendorsed by|"
    r"\bco-?sponsored by|\bа саме|\bзокрема|\bнаступні|\bтакі|\bє|\bвід імені)\W*$",
    re.IGNORECASE,
)


def cues_in(text: str, kind: str) -> list[tuple[int, int, str]]:
    """(start, end, status) of every cue in `text` that means something for this kind of instrument, in order.

    In a vote, support is a vote in favour; outside votes, "against" and "in favour" are ordinary words
    ("a crime against children") and abstaining from a statement means not signing it.
    """
    fitted = ((m.start(), m.end(), _fit(str(m.lastgroup), kind)) for m in CUES.finditer(text))
    return [(start, end, status) for start, end, status in fitted if status]


def _fit(status: str, kind: str) -> str:
    if kind in VOTE_KINDS:
        return "in_favour" if status == "signatory" else status
    if status == "abstained":
        return NOT_PARTY
    return "" if status in ("against", "in_favour", "not_voting") else status


def introduced(lead: str) -> bool:
    """True if the words before a list announce it ("namely:", "including", "on behalf of", "– the")."""
    return bool(INTRODUCED.search(re.sub(r"(?:\b(?:the|and)\s*)+$", "", lead, flags=re.IGNORECASE)))


def negated(text: str) -> bool:
    """True if `text` holds a negation that no later contrast cancels."""
    negations = list(NEGATION.finditer(text))
    return bool(negations) and not CONTRAST.search(text, negations[-1].end())


def default_status(kind: str) -> str:
    """The role of a list that has no cue but is the whole document."""
    return {"osce_invocation": "invoked", "un_resolution_vote": "listed", "hrc_resolution_vote": "listed"}.get(kind, "signatory")


def run_status(lead: str, tail: str, sentence: str, kind: str) -> tuple[str, str, str]:
    """(status, cue words, gap) from the text before a list, after it, then its whole sentence.

    Before a list the last cue counts, after it the first: the one nearest the names, and right after
    them unless the text before announces the list ("Eighty countries, including Ukraine, … signed").
    `gap` is the text between that cue and the names; ("", "", "") if no words say.
    """
    announced = introduced(lead)
    for region, after, may_negate in ((lead, False, True), (tail, True, True), (sentence, False, False)):
        if may_negate and negated(region):
            return NOT_PARTY, region.strip(), ""
        found = [c for c in cues_in(region, kind) if not after or announced or TAIL_GAP.match(region[: c[0]])]
        if found:
            start, end, status = found[0] if after else found[-1]
            return status, region[start : start + 40].strip(), region[:start] if after else region[end:]
    return "", "", ""


def beside(status: str, gap: str) -> bool:
    """True if a cue naming a role stands right beside the names: "co-chaired by A and B", "A and B withdrew".
    Signing words alone are too common in prose ("supported by Belarus") to take one or two names on."""
    return status not in ("signatory", "in_favour", "listed") and len(gap) <= NEAR


def annotation_status(note: str, kind: str) -> str:
    """The status an annotation such as "(observer)" or "(co-chair)" gives, or ""."""
    found = [_fit(str(m.lastgroup), kind) for m in CUES.finditer(note) if m.lastgroup != "signatory"]
    found = [status for status in found if status]
    return found[-1] if found else ""
