"""Generated prose follows the chosen instrument and says how much we know."""

from __future__ import annotations

from coalition import Dataset
from coalition.i18n import locale
from coalition.positions import chosen, instrument
from coalition.text import endorsers_sentence, headline, map_description, named_sentence, summary_paragraph, timeline_description
from coalition.viewstate import TimelineState

EN = locale("en")


def test_summary_states_the_key_facts(dataset: Dataset) -> None:
    text = summary_paragraph(dataset, chosen(dataset, ""), EN)
    assert (
        "On 5 August 2025, the International Coalition for the Return of Ukrainian Children issued it (Joint statement)." in text
    )
    assert "Co-chaired by Canada and Ukraine." in text
    assert "38 states endorsed it: 37 as signatories and Switzerland as observer" in text
    assert "Cyprus, Hungary, Poland, Slovakia" in text


def test_summary_follows_the_data(tiny_dataset: Dataset) -> None:
    text = summary_paragraph(tiny_dataset, chosen(tiny_dataset, ""), EN)
    assert "2 states endorsed it" in text


def test_headline_of_a_statement_and_of_a_vote(dataset: Dataset) -> None:
    assert headline(dataset, chosen(dataset, ""), EN) == (
        "38 states, the European Union and the Council of Europe demand that Russia return Ukraine's children"
    )
    vote = instrument(dataset, "unga-es-11-9")
    assert headline(dataset, vote, EN) == vote.statement.title


def test_a_partial_vote_says_how_much_is_named(dataset: Dataset) -> None:
    text = named_sentence(instrument(dataset, "unga-es-11-9"), EN)
    assert "8 of 91 in favour" in text and "12 of 12 against" in text and "27 of 57 abstained" in text
    assert "The list is partial: a state not named is unknown, not opposed." in text
    assert endorsers_sentence(dataset, instrument(dataset, "unga-es-11-9"), EN) == text


def test_descriptions_give_the_numbers(dataset: Dataset) -> None:
    view = chosen(dataset, "")
    assert "Signatory: 35" in map_description(dataset, view, EN)
    assert "Liechtenstein is highlighted (signatory)" in map_description(dataset, view, EN, "LIE")
    partial = map_description(dataset, instrument(dataset, "unga-es-11-9"), EN, "FRA")
    assert "All other countries are grey: unknown, our list is partial." in partial
    assert "France is highlighted (unknown: not named in our partial list)" in partial
    assert "64 days passed" in timeline_description(dataset, EN, TimelineState())


def test_timeline_description_matches_what_is_drawn(dataset: Dataset) -> None:
    talks = timeline_description(dataset, EN, TimelineState())
    assert talks.startswith("Events shown: 7, from 16 May 2025 to 5 August 2025.")
    legal = timeline_description(dataset, EN, TimelineState(kinds=("legal_action",)))
    assert legal.startswith("Events shown: 1, from 17 March 2023 to 17 March 2023.")
    assert "ICC issues arrest warrants" in legal
    assert "days passed" not in legal


def test_named_sentence_for_complete_partial_and_counts_only(dataset: Dataset) -> None:
    osce = named_sentence(instrument(dataset, "osce-moscow-2023-03-30"), EN)
    assert osce == "Named in our sources: 45 of 45 states."
    featured = named_sentence(chosen(dataset, ""), EN)
    assert featured == "Named in our sources: 38 of 40 states (sources disagree: 38 and 40)."
    assert (
        named_sentence(instrument(dataset, "pace-res-2495"), EN)
        == "Only counts are known for this instrument: no party is named."
    )
    vote = named_sentence(instrument(dataset, "unga-es-11-9"), locale("uk"))
    assert vote.startswith("Названо в наших джерелах: 8 з 91 — за;")
    assert "2 з 33 — не голосували (джерела розходяться: 29 і 33)" in vote


def test_named_sentence_whole_for_an_unknown_total_and_an_unnamed_side(dataset: Dataset) -> None:
    """A total no source gives is '?'; a side with a count but no name is still reported (0 of 28)."""
    assert named_sentence(instrument(dataset, "coalition-declaration-2024-02-02"), EN) == (
        "Named in our sources: 3 of ? states. The list is partial: a state not named is unknown, not opposed."
    )
    assert named_sentence(instrument(dataset, "hrc-52-l41"), EN) == (
        "Named in our sources: 0 of 28 in favour; 2 of 2 against; 2 of 17 abstained. "
        "The list is partial: a state not named is unknown, not opposed."
    )


def test_statement_line(dataset: Dataset) -> None:
    from coalition.text import statement_line

    assert statement_line(instrument(dataset, "unga-es-11-9"), EN).startswith("UN General Assembly recorded vote: ")
    assert statement_line(instrument(dataset, "unga-es-11-9"), EN).endswith(", 3 December 2025, New York.")
    assert statement_line(chosen(dataset, ""), EN) == (
        "Joint statement: Joint statement of the International Coalition for the Return of Ukrainian Children, 5 August 2025."
    )
