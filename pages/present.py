"""Presenter view: the deck generated from the data, one slide at a time; ?notes=1 shows the speaker notes."""

from coalition import ui
from coalition.deck import build_deck
from coalition.urlstate import parse_choices, parse_country, parse_flag, parse_slide

ui.require_router(__file__)
_ = ui.tr()
lang = ui.lang()
data = ui.dataset()
ui.presenter_chrome()

country = parse_country(ui.param("country"), _)
quote_ids = parse_choices(ui.param("quotes"), tuple(q.quote_id for q in data.quotes), _)
deck = build_deck(data, lang, country.value, quote_ids.value or None, ui.app_url())
slide = parse_slide(ui.param("slide"), len(deck), _)
notes_view = parse_flag(ui.param("notes"))
for notice in (country.notice, quote_ids.notice, slide.notice):
    ui.notice(notice)

if notes_view:
    ui.speaker_notes(deck[slide.value], deck[slide.value + 1] if slide.value + 1 < len(deck) else None)
else:
    ui.present_slide(deck[slide.value], data, country.value)
ui.present_controls(slide.value, len(deck), notes_view)
if notes_view or slide.value == len(deck) - 1:
    ui.briefing_downloads(data, country.value)
