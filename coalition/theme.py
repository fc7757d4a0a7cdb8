"""One colour scheme for statuses on every page: Okabe–Ito colours (colour-blind safe) plus a marker symbol each."""

from __future__ import annotations

from dataclasses import dataclass

from coalition.i18n import Translate


@dataclass(frozen=True)
class StatusStyle:
    key: str
    colour: str
    symbol: str


# The map's categories, in legend order: a colour (Okabe–Ito) and a symbol each, so a position never rests on colour alone.
# "none" (not on a complete list) and "unknown" (not named in a partial list) are the land colour, with no symbol.
CO_CHAIR = StatusStyle("co_chair", "#E69F00", "star")
SIGNATORY = StatusStyle("signatory", "#0072B2", "circle")
OBSERVER = StatusStyle("observer", "#CC79A7", "diamond")
INVOKED = StatusStyle("invoked", "#0072B2", "circle")
IN_FAVOUR = StatusStyle("in_favour", "#009E73", "circle")
AGAINST = StatusStyle("against", "#D55E00", "x")
DISPUTED = StatusStyle("disputed", "#F5B48C", "x-open")
ABSTAINED = StatusStyle("abstained", "#F0E442", "square")
NOT_VOTING = StatusStyle("not_voting", "#5B6472", "triangle-down")
WITHDREW = StatusStyle("withdrew", "#8C6D1F", "hourglass")
STATUS_STYLES = {
    s.key: s for s in (CO_CHAIR, SIGNATORY, OBSERVER, INVOKED, IN_FAVOUR, AGAINST, DISPUTED, ABSTAINED, NOT_VOTING, WITHDREW)
}
# Symbols for the same categories in text (tables, the compare view, cards).
STATUS_MARKS = {
    "co_chair": "★",
    "signatory": "●",
    "observer": "◆",
    "invoked": "●",
    "listed": "○",
    "in_favour": "●",
    "against": "✕",
    "disputed": "✕?",
    "abstained": "■",
    "not_voting": "▼",
    "withdrew": "⌛",
    "none": "—",
    "unknown": "?",
}

FOCUS = "#D55E00"


@dataclass(frozen=True)
class Palette:
    """Chart colours around the data. None leaves a colour to the page's theme (text, plot background, grid), so a chart
    on a page follows a switch between light and dark without being drawn again."""

    text: str | None
    muted: str | None
    land: str
    border: str
    ocean: str
    outline: str
    plot: str | None
    grid: str | None


# On paper and in images: always light.
LIGHT = Palette(
    text="#0B0D10",
    muted="#4A5361",
    land="#E1E5EB",
    border="#FFFFFF",
    ocean="#F5F7FA",
    outline="#0B0D10",
    plot="#FFFFFF",
    grid="#E4E7EC",
)
# On a page (screen, embed, slide): text, background and grid from the page's theme (Streamlit's chart theme);
# the map's greys are translucent, so they read as light grey on white and as dark grey on the dark background.
# The outline is a violet that stands out against the land of both themes.
PAGE = Palette(
    text=None,
    muted=None,
    land="rgba(127, 140, 160, 0.3)",
    border="rgba(127, 127, 127, 0.65)",
    ocean="rgba(127, 140, 160, 0.08)",
    outline="#8B5CF6",
    plot=None,
    grid=None,
)


EVENT_COLOURS = {
    "negotiation_round": "#0072B2",
    "list_handover": "#D55E00",
    "exchange": "#009E73",
    "statement": "#E69F00",
    "coalition": "#56B4E9",
    "legal_action": "#CC79A7",
    "un_resolution": "#5B6472",
    "update": "#8C6D1F",
}


def status_label(status: str, _: Translate) -> str:
    """A party's position or map category in words, as the legend, cards and tables show it."""
    labels = {
        "co_chair": _("Co-chair (signatory)"),
        "signatory": _("Signatory"),
        "observer": _("Observer"),
        "listed": _("Listed (no status given)"),
        "invoked": _("Invoked"),
        "in_favour": _("In favour"),
        "against": _("Against"),
        "disputed": _("Against, disputed (one of two names)"),
        "abstained": _("Abstained"),
        "not_voting": _("Did not vote"),
        "withdrew": _("Withdrew"),
        "none": _("Did not endorse"),
        "unknown": _("Unknown: not named in our partial list"),
    }
    return labels.get(status, status)


def short_label(status: str, _: Translate) -> str:
    """The category in a word or two, for a table cell (the legend gives the full words)."""
    labels = {
        "co_chair": _("Co-chair"),
        "signatory": _("Signed"),
        "observer": _("Observer"),
        "listed": _("Listed"),
        "invoked": _("Invoked"),
        "in_favour": _("In favour"),
        "against": _("Against"),
        "disputed": _("Disputed"),
        "abstained": _("Abstained"),
        "not_voting": _("No vote"),
        "withdrew": _("Withdrew"),
        "none": _("Not on list"),
        "unknown": _("Unknown"),
    }
    return labels.get(status, status)


def statement_kind_label(kind: str, _: Translate) -> str:
    labels = {
        "joint_statement": _("Joint statement"),
        "co_chairs_statement": _("Co-chairs' statement"),
        "declaration": _("Declaration"),
        "communique": _("Communiqué"),
        "un_resolution_vote": _("UN General Assembly recorded vote"),
        "hrc_resolution_vote": _("Human Rights Council recorded vote"),
        "osce_invocation": _("OSCE Moscow Mechanism invocation"),
        "parliamentary_resolution": _("Parliamentary resolution"),
    }
    return labels.get(kind, kind)


def count_label(count_of: str, _: Translate) -> str:
    labels = {
        "states": _("states"),
        "organisations": _("organisations"),
        "in_favour": _("in favour"),
        "against": _("against"),
        "abstained": _("abstained"),
        "not_voting": _("did not vote"),
        "sponsors": _("sponsors"),
        "members_in_favour": _("members of parliament in favour"),
        "members_against": _("members of parliament against"),
        "members_abstained": _("members of parliament abstained"),
    }
    return labels.get(count_of, count_of)


def change_label(change: str, _: Translate) -> str:
    labels = {
        "founded": _("Founding member"),
        "joined": _("Joined"),
        "joined_as_observer": _("Joined as observer"),
        "upgraded": _("Became a full member"),
        "left": _("Left"),
    }
    return labels.get(change, change)


def event_kind_label(kind: str, _: Translate) -> str:
    labels = {
        "negotiation_round": _("Negotiation round"),
        "list_handover": _("List handover"),
        "exchange": _("Prisoner exchange"),
        "statement": _("Statement"),
        "coalition": _("Coalition"),
        "legal_action": _("Legal action"),
        "un_resolution": _("UN resolution"),
        "update": _("Update"),
    }
    return labels.get(kind, kind)


def source_kind_label(kind: str, _: Translate) -> str:
    labels = {
        "primary": _("Primary source"),
        "research-notes": _("Research notes"),
        "copy-of-release": _("Copy of the release"),
        "news": _("News report"),
        "official": _("Official"),
    }
    return labels.get(kind, kind)


def confidence_label(confidence: str, _: Translate) -> str:
    labels = {"high": _("High: several sources agree"), "medium": _("Medium: one good source"), "low": _("Low")}
    return labels.get(confidence, confidence)
