"""Page furniture: whole lines and link asides that are not the article."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import extract_quotes
from framing.furniture import FURNITURE_KINDS, furniture_spans

BODY = (
    "The county board voted 4-1 on Tuesday to expand the shelter.\n\n"
    "“We needed the beds,” said board chair Ann Lee.\n\n"
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ADVERTISEMENT", "advertisement"),
        ("Story Continued Below", "continued"),
        ("Sign up for Daily Newsletters Manage Newsletters", "newsletter"),
        ("Follow Tom Roe on Twitter: @tomroe.", "newsletter"),
        ("Copyright © 2021 The Harbor Gazette, LLC.", "copyright"),
        ("Write to Tom Roe at tom.roe@example.com", "write_to"),
        ("The Associated Press contributed to this report.", "byline"),
        ("H/T Harbor Daily", "byline"),
        ("An earlier version of this article misstated the vote.", "correction"),
        ("Updated at 8:30 p.m. ET", "correction"),
        ("RELATED: What the shelter plan costs", "link"),
        ("( Also on HARBOR: Council weighs new budget)", "link"),
        ("BOARD EXPANDS SHELTER AFTER LONG DEBATE", "link"),
        (
            "Volunteers set up cots in the gym on Monday. (Dana Cole/AP)",
            "caption",
        ),
        ("Enlarge this image toggle caption Dana Cole/AP Dana Cole/AP", "caption"),
        ("6 hours ago", "timestamp"),
        (
            "Beds for all — Ann Lee (@annlee) March 3, 2021",
            "tweet",
        ),
        # round 2 of our coded articles: widgets, reprint notes, pointers, captions
        ("Should the county open more shelters? Vote Now", "advertisement"),
        ("Vote Now:", "advertisement"),
        ("Newsletter Sign Up Continue reading the main story", "newsletter"),
        ("Reprinted from Harbor Wire with permission from Harbor News.", "copyright"),
        ("Full list here.", "link"),
        ("More to follow...", "link"),
        ("You can watch the board chair's remarks below:", "link"),
        ("(Harbor Wire, Aug. 17, 2019)", "link"),
        (
            "Volunteers carry cots into the gym Friday, March 13, 2020, in Harbor"
            " City, Ore.",
            "caption",
        ),
        ("Facebook Twitter Pinterest Volunteers carry cots into the gym.", "caption"),
        # round 4 of our coded articles (tune half)
        ("How much do you know about county shelters? A quiz.", "advertisement"),
        ("Advertisement Continue reading the main story", "advertisement"),
        ("Here's more about this story:", "link"),
        ("Corrections & Clarifications: The vote was 4-1.", "correction"),
        ("Photo", "caption"),
        ("Slideshow (3 Images)", "caption"),
        ("Shelter budget 2021 by Harbor Gazette on Scribd", "caption"),
        (
            "Volunteers carry cots into the gym. The county opened it in 2019."
            " (Dana Cole/The Harbor Gazette via AP)",
            "caption",
        ),
        ("Story highlights The board votes to expand the shelter", "highlights"),
        # round 5 of our coded articles (tune half)
        ("AD", "advertisement"),
        ("Should the county ban new shelters? Vote in Poll", "advertisement"),
        ("Jan. 30: Cold snap closes schools across the county", "link"),
        ("May 6:Harbor council approves the shelter budget", "link"),
        ("Jan. 29: How cold is too cold for the bus stop?", "link"),
        ("( Understanding the budget: our guide to the shelter plan)", "link"),
        ("(Read the full memo here )", "link"),
        ("You can listen to the chair's full interview here.", "link"),
        ("Related Coverage Factbox: What the shelter plan costs", "link"),
        ("RELATED VIDEO: Inside the new shelter", "link"),
        ("Contributing: Tom Roe, Harbor Gazette.", "byline"),
        ("Support Harbor Gazette's local journalism", "newsletter"),
        ("Stay up to date... Sign up for our newsletter.", "newsletter"),
        (
            "Follow Harbor Gazette on Twitter, Facebook, Instagram and LinkedIn.",
            "newsletter",
        ),
        ("Send a tip to the news team at the Gazette.", "write_to"),
        ("This report has been updated to include the vote.", "correction"),
        ("Volunteers carry cots into the gym © Dana Cole/Harbor Photos", "caption"),
        ("Harbor Gazette YouTube", "caption"),
    ],
)
def test_each_kind_of_line(line, kind):
    text = BODY + line + "\n\nThe shelter opens in May."
    spans = furniture_spans(text)
    assert [(text[a:b], k) for a, b, k in spans] == [(line, kind)]
    assert kind in FURNITURE_KINDS


def test_article_sentences_stay():
    assert furniture_spans(BODY + "The shelter opens in May.") == []


@pytest.mark.parametrize(
    "line",
    [
        "The board met on Friday, March 13, 2020, in a closed session.",
        "Watch the county's budget closely, the chair warned the board on Monday.",
        "Voters will vote now that the board has set a date for the referendum.",
        # a timeline of the article's own: its entries end with a stop
        "December 21: Doctors in the county notice a cluster of cases.",
        "This report was released by the county auditor on Monday.",
        "Read the statute closely and you will find the answer here in plain words"
        " that anyone can follow, said the chair, who has read it many times over"
        " the years since the board first adopted it in a long and heated session.",
    ],
)
def test_sentences_like_the_new_kinds_stay(line):
    assert furniture_spans(BODY + line) == []


def test_a_story_referred_to_by_outlet_and_date_is_an_aside():
    text = "Methane leaks far faster than estimated (Harbor Wire, Aug. 17, 2019)."
    [(a, b, kind)] = furniture_spans(text)
    assert (text[a:b], kind) == ("(Harbor Wire, Aug. 17, 2019)", "link")


def test_first_line_headline_and_a_repeated_line():
    text = "Board Expands Shelter\n\n" + BODY + "Board Expands Shelter\n\nEnd of story."
    kinds = [(text[a:b], k) for a, b, k in furniture_spans(text)]
    assert kinds == [
        ("Board Expands Shelter", "headline"),
        ("Board Expands Shelter", "headline"),
    ]


def test_inline_link_aside_and_bio_at_the_end():
    text = (
        BODY + "The vote was close. (RELATED: Why shelters fill in winter) It passed."
        "\n\nTom Roe is a reporter for the Harbor Gazette."
    )
    got = [(text[a:b], k) for a, b, k in furniture_spans(text)]
    assert got == [
        ("(RELATED: Why shelters fill in winter)", "link"),
        ("Tom Roe is a reporter for the Harbor Gazette.", "bio"),
    ]


def test_no_quote_comes_from_furniture():
    caption = (
        "Ann Lee said the shelter would open soon, at a briefing on Monday. "
        "(Dana Cole/AP)"
    )
    text = BODY + caption + "\n\nThe shelter opens in May."
    start = text.index(caption)
    assert all(
        not start <= q.start < start + len(caption) for q in extract_quotes(text)
    )
    assert any(q.speaker == "Ann Lee" for q in extract_quotes(text))


@pytest.mark.parametrize("value", [None, float("nan"), 42, b"bytes", ""])
def test_no_text_gives_nothing(value):
    assert furniture_spans(value) == []


@given(st.text(alphabet="ab ADVERTISEMNT:\n©()/RELATED—@", max_size=120))
@settings(max_examples=200, deadline=None)
def test_spans_are_sorted_exact_and_disjoint(text):
    spans = furniture_spans(text)
    assert spans == sorted(spans)
    for i, (a, b, kind) in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        assert 0 <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        assert kind in FURNITURE_KINDS
        if nxt is not None:
            assert b <= nxt[0]


def test_no_loaded_term_or_frame_cue_comes_from_furniture():
    from framing import Document, find_frames, find_loaded_terms

    line = "RELATED: Illegal aliens crowd the shelter, mayor says"
    text = BODY + line + "\n\nThe shelter opens in May."
    doc = Document(text)
    start = text.index(line)
    assert doc.furniture == ((start, start + len(line)),)
    assert find_loaded_terms("Illegal aliens crowd the shelter, the mayor says.")
    assert not find_loaded_terms(doc)
    assert all(not start <= m.start < start + len(line) for m in find_frames(doc))


def test_the_articles_own_headline_is_not_furniture_of_the_document():
    from framing import Document

    text = "Board Expands Shelter\n\n" + BODY
    assert furniture_spans(text)[0][2] == "headline"
    assert Document(text).furniture == ()


def test_a_closing_sentence_about_a_person_is_no_bio():
    closing = "Ann Lee was charged with trespassing and released on Monday."
    assert furniture_spans(BODY + closing) == []
    bio = "Ann Lee is a senior research associate at the Harbor Institute."
    text = BODY + bio
    assert [(text[a:b], k) for a, b, k in furniture_spans(text)] == [(bio, "bio")]


def test_a_section_head_between_paragraphs_is_article_text():
    # coders read an article's own section heads as text: only a short line beside
    # furniture is taken for a related story's headline
    text = BODY + "Why the beds matter\n\nThe shelter was full all winter."
    assert furniture_spans(text) == []
    text = BODY + "Read more:\n\nWhy the beds matter\n\nThe shelter was full."
    assert [(text[a:b], k) for a, b, k in furniture_spans(text)] == [
        ("Read more:", "link"),
        ("Why the beds matter", "headline"),
    ]


def test_story_highlights_bullets():
    text = (
        "Story highlights The board votes 4-1 to expand the shelter\n\n"
        "Chair Ann Lee: Who will pay for the beds?\n\n"
        "The shelter opens in May, the county says\n\n" + BODY
    )
    kinds = [(text[a:b], k) for a, b, k in furniture_spans(text)]
    assert [k for _, k in kinds] == ["highlights"] * 3
    assert not any("voted 4-1 on Tuesday" in s for s, _ in kinds)


def test_a_glued_link_block_ends_at_more():
    text = (
        "“We will not wait,” said Sen. Ann Lee Ann (Annie) Marie LeeShelter bill"
        " clears committee | Budget talks stall MORE (D-Ore.). “There is no deal.”"
    )
    [(a, b, kind)] = furniture_spans(text)
    assert kind == "link"
    assert text[a:b].startswith("Ann (Annie) Marie Lee") and text[a:b].endswith("MORE")
    assert "There is no deal" in text[b:]


def test_a_list_after_a_caption_is_article_text():
    # the article's own list under a picture: not a block of related links
    text = (
        BODY + "Volunteers carry cots into the gym. (Dana Cole/AP)\n\n"
        "Where the money comes from\n\n"
        "$3 million from the county's reserve fund\n\n"
        "$2 million in state grants for emergency housing over two years\n\n"
        "The shelter opens in May."
    )
    assert [(text[a:b], k) for a, b, k in furniture_spans(text)] == [
        ("Volunteers carry cots into the gym. (Dana Cole/AP)", "caption")
    ]
