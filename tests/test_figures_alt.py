"""The text alternatives of the trends and compare charts, word for word: what a screen reader reads for each."""

from __future__ import annotations

from coalition import Dataset
from coalition.figures import build
from coalition.viewstate import CompareState, TrendsState
from tests.test_figures_campaign import BKBU, CLAIM, DEPORTED, EARLY, SIZE, UNKNOWN


def test_the_trends_alt_text_gives_each_series_first_and_latest_value_and_the_disagreements(dataset: Dataset) -> None:
    alt = build(TrendsState(), dataset).alt_text
    assert alt.startswith(
        f"{DEPORTED}: at least 5,754 on 1 August 2022, nearly 20,000 on 17 February 2026 (16 values). "
        f"{EARLY}: 47 on 1 August 2022, fewer than 400 on 27 April 2024 (10 values). "
        f"{BKBU}: 1,037 on 24 January 2025, about 2,000 on 17 February 2026 (11 values). "
    )
    assert f" {SIZE}: 28 on 2 February 2024, 42 on 2 December 2025 (9 values). " in alt
    assert alt.endswith(
        f" On 23 September 2025 sources disagree on “{BKBU}”: 1,625, 1,652."
        f" On 23 September 2025 sources disagree on “{SIZE}”: 40, 41."
    )
    shown = build(TrendsState(series=("russia-claim",)), dataset).alt_text
    # Only the series shown, and no disagreement of a series that is not.
    assert shown == f"{CLAIM}: 744,000 on 20 March 2023, 744,000 on 17 February 2026 (2 values)."
    single = build(TrendsState(series=("identified-betsa",)), dataset).alt_text
    assert single.endswith(": 6,395 on 1 October 2025 (one value).")


def test_compare_only_changed_and_its_alt_text(dataset: Dataset) -> None:
    chart = build(CompareState(group="G7", changed=True), dataset)
    assert list(chart.figure.data[0].y) == ["Canada", "Japan", "United States"]
    unknown = UNKNOWN.lower()
    assert chart.alt_text == (
        "Positions of 3 states in 8 instruments, oldest first: OSCE Moscow Mechanism, 2023 (all 45 named); "
        "HRC52 resolution on Ukraine (4 of 47 named); UN joint statement, 5 Apr 2023 (all 49 named); "
        "CoE Reykjavik declaration, 2023 (all 46 named); Coalition declaration, 2 Feb 2024 (3 named); "
        "Peace Summit communiqué, 2024 (all 87 named); Coalition statement, 5 Aug 2025 (all 38 named); "
        "UNGA ES-11/9 vote (49 of 193 named). "
        f"Canada: invoked, {unknown}, signatory, did not endorse, co-chair (signatory), signatory, co-chair (signatory), {unknown}. "
        f"Japan: did not endorse, {unknown}, signatory, did not endorse, {unknown}, signatory, signatory, {unknown}. "
        f"United States: invoked, {unknown}, signatory, did not endorse, signatory, signatory, did not endorse, in favour."
    )
    # The states in the chart's order, by name (France before Germany; not by code: DEU before FRA).
    g7 = build(CompareState(group="G7"), dataset).alt_text
    assert g7.index("France:") < g7.index("Germany:") < g7.index("Italy:") < g7.index("United Kingdom:")
