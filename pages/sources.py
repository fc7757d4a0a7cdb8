"""Sources: every source, the corrections log, method notes, the licence and the data files."""

import streamlit as st

from coalition import ui
from coalition.filters import sources_table
from coalition.viewstate import SourcesState

view = ui.open_view(SourcesState, __file__)
data, loc = view.data, view.loc
_ = loc._

ui.page_header(view, _("Sources and corrections"), _("Where every fact comes from, and where the published article is wrong."))

st.subheader(_("Corrections"), anchor=False)
st.markdown(
    _("The dataset keeps the article's words as published and, where a better source disagrees, the verified value beside them.")
)
for correction in data.corrections:
    with st.container(border=True, key=f"correction-{correction.correction_id}"):
        published, verified = st.columns(2)
        published.markdown(_("**As published**") + "\n\n“" + ui.md(correction.as_published) + "”")
        verified.markdown(_("**Verified**") + "\n\n" + ui.md(loc.text(correction, "verified")))
        st.markdown(ui.md(loc.text(correction, "note")))
        st.markdown(
            _("Published in: {source}  \nBetter source: {better}").format(
                source=ui.source_link(data.source(correction.source_id), loc),
                better=ui.source_link(data.source(correction.better_source_id), loc),
            )
        )

st.subheader(_("Sources"), anchor=False)
st.dataframe(
    sources_table(data.sources, loc),
    hide_index=True,
    width="stretch",
    column_config={_("Link"): st.column_config.LinkColumn(_("Link"), display_text=_("Open"))},
)

st.subheader(_("Method"), anchor=False)
st.markdown(
    _(
        "- The primary source is the UNITED24 Media article of 5 August 2025, which reports a release of the Office of the President of Ukraine. It is archived verbatim in the data package.\n"
        "- Every row of the dataset names its source; every fact taken from the article carries the exact words that support it, and the validator checks that they occur in the archived copy.\n"
        "- States are identified by ISO 3166 codes (via pycountry); the EU, the Council of Europe and the coalition are records of our own.\n"
        "- Dates of the Istanbul rounds, speakers' roles, figures and groupings were checked against the sources listed above. Where a better source disagrees with the article, both values are kept and the correction is logged.\n"
        "- Quotes are reproduced verbatim in their original language. A quote that no other copy of the statement carries is marked as unverified."
    )
)

st.markdown(
    _(
        "- The map's boundaries follow the UN's, as drawn by plotly's world shapes. Kosovo (XKX) has no shape of its own there: the shape drawn for Serbia includes its territory. Kosovo is marked by a symbol of its own, with its own card and facts, over that area."
    )
)

st.subheader(_("Licence"), anchor=False)
st.markdown(
    _(
        "The compilation is published under {license}: reuse it freely, citing “{title}”. Each source keeps its own rights."
    ).format(license=ui.link(data.license_label, data.license_url), title=ui.md(data.title))
)

st.subheader(_("Data files"), anchor=False)
st.markdown(
    _("A Frictionless data package, version {version} of {date}: `datapackage.json` describes every file and column.").format(
        version=ui.md(data.version), date=loc.date(data.created)
    )
)
with st.container(horizontal=True, key="data-files"):
    for path in [data.path / "datapackage.json", *sorted(data.path.glob("*.csv"))]:
        st.download_button(
            path.name,
            path.read_bytes(),
            file_name=path.name,
            mime="application/json" if path.suffix == ".json" else "text/csv",
            icon=":material/download:",
            key=f"download-{path.name}",
        )
