"""One colour scheme for statuses on every page: Okabe–Ito colours (colour-blind safe) plus a marker symbol each."""

from __future__ import annotations

from dataclasses import dataclass

from coalition.i18n import Translate


@dataclass(frozen=True)
class StatusStyle:
    key: str
    colour: str
    symbol: str


CO_CHAIR = StatusStyle("co_chair", "#E69F00", "star")
SIGNATORY = StatusStyle("signatory", "#0072B2", "circle")
OBSERVER = StatusStyle("observer", "#CC79A7", "diamond")
STATUS_STYLES = {s.key: s for s in (CO_CHAIR, SIGNATORY, OBSERVER)}

FOCUS = "#D55E00"


@dataclass(frozen=True)
class Palette:
    """Chart colours around the data, for the light or the dark theme."""

    text: str
    muted: str
    land: str
    border: str
    ocean: str
    outline: str
    plot: str
    grid: str


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
DARK = Palette(
    text="#F4F6FA",
    muted="#B8C0CC",
    land="#3A4352",
    border="#0E1117",
    ocean="#151B26",
    outline="#F4F6FA",
    plot="#0E1117",
    grid="#2C3442",
)


def palette(dark: bool) -> Palette:
    return DARK if dark else LIGHT


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
    """The status in words, as the legend and cards show it."""
    labels = {
        "co_chair": _("Co-chair (signatory)"),
        "signatory": _("Signatory"),
        "observer": _("Observer"),
        "listed": _("Listed (no status given)"),
        "none": _("Did not endorse"),
    }
    return labels.get(status, status)


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
