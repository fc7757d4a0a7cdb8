"""The Streamlit app's building blocks; the only part of the package that imports streamlit.

router: page config, navigation, the start of each page (`open_view`); state: the URL as the view's state;
data: the cached dataset; charts, share, cards, chrome, present: what the pages draw.
"""

from coalition.ui.campaign import compare_table, diff_lists, membership_history, series_definitions
from coalition.ui.cards import country_card, event_card, page_link, quote_card, source_link, status_badge
from coalition.ui.charts import build, draw, follow_click
from coalition.ui.chrome import page_header
from coalition.ui.instrument import country_finder, instrument_facts, statement_picker
from coalition.ui.markup import link, md, notice
from coalition.ui.present import briefing_downloads, present_controls, present_slide, speaker_notes
from coalition.ui.router import open_view, route
from coalition.ui.share import embed_only, share_panel
from coalition.ui.state import bind, follow, go, write
from coalition.ui.view import View

__all__ = [
    "View",
    "bind",
    "briefing_downloads",
    "build",
    "compare_table",
    "country_card",
    "country_finder",
    "diff_lists",
    "draw",
    "embed_only",
    "event_card",
    "follow",
    "follow_click",
    "go",
    "instrument_facts",
    "link",
    "md",
    "membership_history",
    "notice",
    "open_view",
    "page_header",
    "page_link",
    "present_controls",
    "present_slide",
    "quote_card",
    "route",
    "series_definitions",
    "share_panel",
    "source_link",
    "speaker_notes",
    "statement_picker",
    "status_badge",
    "write",
]
