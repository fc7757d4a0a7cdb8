"""Counts a text states: "signed by 38 countries", "Forty-five OSCE participating States", "91 in favour to 12 against"."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from coalition.ingest.cues import VOTE_KINDS

_ONES = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD_NUMBER = rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_ONES[:9])}))?|{'|'.join(sorted(_ONES, key=len, reverse=True))})"
NUMBER = rf"(?P<number>\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUMBER})"
_BETWEEN = r"(?:[ \t]+(?!(?:in|to|and|with|of|voted|votes)\b)[\w’'-]+){0,2}?"
PATTERNS: dict[str, tuple[str, ...]] = {
    "in_favour": (
        rf"\b{NUMBER}\s+(?:votes?\s+)?(?:were\s+)?in\s+favou?r",
        rf"\b{NUMBER}\s+(?:(?:countries|states|delegations)\s+)?voted\s+[\"“«]?(?:in\s+favou?r|for)\b",
    ),
    "against": (
        rf"\b{NUMBER}\s+(?:votes?\s+)?(?:were\s+)?against\b",
        rf"\b{NUMBER}\s+(?:(?:countries|states)\s+)?voted\s+[\"“«]?against\b",
    ),
    "abstained": (
        rf"\b{NUMBER}\s+abstentions?\b",
        rf"\b{NUMBER}\s+(?:countries|states|delegations)?\s*abstained\b",
        rf"\b{NUMBER}\s+утрима",
    ),
    "not_voting": (rf"\b{NUMBER}\s+(?:countries\s+|states\s+)?(?:did\s+not\s+vote|were\s+absent|not\s+voting)\b",),
    "states": (
        rf"\b{NUMBER}{_BETWEEN}[ \t]+(?:countries|states|nations|governments|signatories|member\s+states|participating\s+states)\b",
        rf"(?<!\w){NUMBER}(?:[ \t]+\w+)?[ \t]+(?:країн|держав)\w*",
    ),
    "organisations": (
        rf"\b{NUMBER}(?:[ \t]+\w+)?[ \t]+(?:international\s+)?(?:organi[sz]ations|institutions)\b",
        rf"(?<!\w){NUMBER}(?:[ \t]+\w+)?[ \t]+(?:організаці|інституці)\w*",
    ),
}
APPROXIMATE = re.compile(
    r"(?:around|about|approximately|nearly|almost|over|more than|some|up to|at least|roughly|близько|понад|майже|більше|приблизно)\s*$",
    re.IGNORECASE,
)
SUPPORT = re.compile(r"(?:support|backed|adopted|voted for|approved)\w*\s+by\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    """A count as the text states it: what is counted, the number, the words and where."""

    count_of: str
    value: int
    as_reported: str
    start: int
    end: int


def number_value(words: str) -> int:
    """'38' -> 38, '1,652' -> 1652, 'Forty-five' -> 45."""
    plain = words.replace(",", "")
    if plain.isdigit():
        return int(plain)
    total = 0
    for part in re.split(r"[- ]", words.lower()):
        total += (_ONES.index(part) + 1) if part in _ONES else (_TENS.index(part) + 2) * 10
    return total


def find_counts(text: str, kind: str) -> tuple[list[Count], list[Count]]:
    """(counts, skipped): every exact count of states, organisations and, in votes, of each vote; approximate ones skipped."""
    found: list[Count] = []
    skipped: list[Count] = []
    taken: list[tuple[int, int]] = []
    for count_of, patterns in PATTERNS.items():
        if kind not in VOTE_KINDS and count_of in ("in_favour", "against", "abstained", "not_voting"):
            continue
        for pattern in patterns:
            for match in re.finditer(pattern, text, re.IGNORECASE):
                at = bisect.bisect_left(taken, (match.start(), match.start()))
                if (at < len(taken) and taken[at][0] < match.end()) or (at and taken[at - 1][1] > match.start()):
                    continue
                before = text[max(0, match.start() - 40) : match.start()]
                what = "in_favour" if count_of == "states" and kind in VOTE_KINDS and SUPPORT.search(before) else count_of
                count = Count(what, number_value(match["number"]), match[0], match.start(), match.end())
                bisect.insort(taken, (match.start(), match.end()))
                (skipped if APPROXIMATE.search(before) else found).append(count)
    return sorted(found, key=lambda c: c.start), sorted(skipped, key=lambda c: c.start)
