"""Quotes in a text and who said them: “…,” Yermak said / “…,” said EU High Representative … Kaja Kallas / X said: “…”."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coalition.ingest.article import language
from coalition.ingest.tokens import find_names

MIN_LENGTH = 40  # shorter quoted passages are titles or scare quotes
QUOTED = re.compile(r"“([^”]{40,3000})”|«([^»]{40,3000})»|„([^“”]{40,3000})[“”]|\"([^\"\n]{40,3000})\"")
VERBS = (
    r"said|says|stated|states|added|noted|emphasi[sz]ed|stressed|wrote|declared|underlined|reads|told|"
    r"заявив|заявила|сказав|сказала|наголосив|наголосила|додав|додала|написав|написала|зазначив|зазначила|йдеться"
)
AFTER_VERB_FIRST = re.compile(rf"^[,.]?\s*(?:[–—-]+\s*)?(?P<verb>{VERBS})\b\s*(?P<who>[^.\n“”«»]{{1,200}}?)\s*(?:[.\n]|$)")
AFTER_WHO_FIRST = re.compile(rf"^[,.]?\s*(?:[–—-]+\s*)?(?P<who>[^.\n,“”«»]{{1,150}}?)\s+(?P<verb>{VERBS})\b")
BEFORE = re.compile(rf"(?P<who>[^.\n“”«»]{{1,150}}?)\s+(?P<verb>{VERBS})\s*:\s*$")
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "deputy",
        "head",
        "office",
        "representative",
        "high",
        "secretary",
        "general",
        "commissioner",
        "commission",
        "chancellor",
        "ambassador",
        "foreign",
        "affairs",
        "security",
        "policy",
        "chair",
        "chairman",
        "chairwoman",
        "spokesperson",
        "spokesman",
        "first",
        "lady",
        "special",
        "envoy",
        "director",
        "senior",
        "adviser",
        "advisor",
        "ombudsman",
        "council",
        "parliament",
        "member",
        "speaker",
        "governor",
        "mayor",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sir",
        "dame",
        "eu",
        "un",
    ]
)
NAME_WORD = re.compile(r"^[A-ZА-ЯІЇЄҐ][\w’'.-]*$")


@dataclass(frozen=True)
class Quote:
    """A quoted passage, who said it (speaker "" if the text does not name a person) and the attribution's span."""

    text: str
    speaker: str
    role: str
    party_id: str
    evidence: str
    language: str


def _speaker(who: str, text: str) -> tuple[str, str]:
    """(name, role) from the words that attribute a quote."""
    who = who.strip(" ,")
    if not who[:1].isupper() or re.match(r"^(?:the|this|that|a|an)\b", who, re.IGNORECASE):
        return "", ""
    if "," in who:
        left, right = (part.strip() for part in who.split(",", 1))
        if all(NAME_WORD.match(w) and w.lower() not in TITLE_WORDS for w in left.split()) and len(left.split()) <= 4:
            return left, right
    words = who.split()
    name: list[str] = []
    mentions = {m.text.split()[-1] for m in find_names(who)}
    for word in reversed(words):
        if not NAME_WORD.match(word) or word.lower() in TITLE_WORDS or word in mentions or len(name) == 4:
            break
        name.insert(0, word)
    role = " ".join(words[: len(words) - len(name)]).strip(" ,")
    if len(name) == 1:  # a surname alone: take the first name where the text gives it in full
        full = re.search(rf"\b([A-ZА-ЯІЇЄҐ][\w’'-]+)\s+{re.escape(name[0])}\b", text)
        if full and full[1].lower() not in TITLE_WORDS:
            name.insert(0, full[1])
    return " ".join(name), role


def find_quotes(text: str) -> list[Quote]:
    """Every quoted passage of at least MIN_LENGTH characters that the text attributes, in order."""
    found: list[Quote] = []
    seen: set[str] = set()
    for match in QUOTED.finditer(text):
        inner = next(g for g in match.groups() if g is not None).strip().rstrip(",")
        after = text[match.end() : match.end() + 260]
        attribution = AFTER_VERB_FIRST.match(after) or AFTER_WHO_FIRST.match(after)
        offset = match.end()
        if attribution is None and text[max(0, match.start() - 3) : match.start()].rstrip().endswith(":"):
            before_start = max(0, match.start() - 200)
            attribution = BEFORE.search(text[before_start : match.start()])
            offset = before_start
        if attribution is None or inner in seen:
            continue
        span_start = min(attribution.start("verb"), attribution.start("who"))
        span_end = max(attribution.end("verb"), attribution.end("who"))
        speaker, role = _speaker(attribution["who"], text)
        parties = [
            m.resolution.party_id for m in find_names(role or attribution["who"]) if m.resolution and m.resolution.party_id
        ]
        seen.add(inner)
        found.append(
            Quote(
                text=inner,
                speaker=speaker,
                role=role,
                party_id=parties[0] if parties else "",
                evidence=text[offset + span_start : offset + span_end],
                language=language(inner),
            )
        )
    return found
