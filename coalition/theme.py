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

LAND = "#E4E7EC"
BORDER = "#FFFFFF"
OUTLINE = "#1B1F24"
FOCUS = "#D55E00"
OCEAN = "#F7F9FC"
TEXT = "#1B1F24"
MUTED = "#5B6472"

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
