"""Presenter view: the deck generated from the data, one slide at a time; ?notes=1 shows the speaker notes."""

from coalition import ui
from coalition.deck import build_deck
from coalition.viewstate import PresentState

view = ui.open_view(PresentState, __file__)
state = view.state
for text in view.notices:
    ui.notice(text)

deck = build_deck(view.data, state, view.base_url)
slide = deck[state.slide - 1]
if state.notes:
    ui.speaker_notes(slide, deck[state.slide] if state.slide < len(deck) else None, view)
else:
    ui.present_slide(slide, view)
ui.present_controls(view, len(deck))
if state.notes or state.slide == len(deck):
    ui.briefing_downloads(view)
