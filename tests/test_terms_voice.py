"""Whose voice a loaded word is in, and whether an attribution verb judges a statement.

The kinds of wrong flag found by reading random samples of flags over the AllSides
corpus (issue 22): a word that gives someone else's view, an attribution verb that
judges no statement, a plain sense. Every sentence here is written for the test.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import find_loaded_terms


def flagged(text):
    return [m.text for m in find_loaded_terms(text)]


# --- a view the sentence gives to someone else --------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The governor tried to paint the visiting scientists and their allies as "
        "hypocritical.",
        "Many hunters view the loudest voices of the other camp as dishonest.",
        "The standards have drawn criticism as federal overreach.",
        "It was a result which, for some, was more shocking than the vote itself.",
        "Critics kept treating the new mayor as incompetent.",
        "The ad campaign opened the senator up to charges of hypocrisy.",
        "The agency pushed back on the idea that it is sabotaging the program.",
        "The ruling rested on what the judges perceived as outrageous conduct.",
        "The old doctrine holds that voters are idiots who never read.",
        "To them, the real issue is incompetence at the agency.",
        "Or you can look at it as outrageous government overreach.",
        "The rules were criticized by the unions as riddled with loopholes.",
        "It grew from the unfounded concern that the bug would be catastrophic.",
        "For the critics of the plan, the rules are a product of cynical meddling.",
        "The staff told themselves: the boss is crazy, not the rest of us.",
    ],
)
def test_an_evaluation_given_to_others_is_not_the_authors(sentence):
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The plan is hypocritical and outrageous.", "hypocritical"),
        ("The council passed an incompetent budget.", "incompetent"),
        ("The rollout of the website was a disastrous mess.", "disastrous"),
    ],
)
def test_the_authors_own_evaluation_still_counts(sentence, word):
    assert word in flagged(sentence)


def test_a_quoted_label_mentioned_as_a_word_is_not_used():
    text = (
        'The debate is framed in binary terms such as "pro-life" versus "pro-choice."'
    )
    assert flagged(text) == []
    # A side's label in a quotation or the author's voice still counts.
    assert flagged("The pro-life senator spoke.") == ["pro-life"]
    assert flagged('Republicans call it the "death tax."') == ["death tax"]
    # A side's name someone declares for herself is her self-name.
    assert flagged("Years later she declared herself pro-choice.") == []
    assert flagged("Personally, I am still pro-choice.") == []
    assert flagged("To others, the ruling is political correctness.") == []


def test_a_bill_named_by_its_title_is_not_a_label_but_a_partisan_adjective_is():
    assert flagged("The state passed a heartbeat bill.") == ["heartbeat bill"]
    assert flagged("Voters elected Democrat Bill de Blasio.") == ["Democrat Bill"]


def test_a_label_given_to_unnamed_others_is_not_the_authors():
    assert flagged("It was rhetoric that opponents see as race-baiting.") == []
    assert flagged("The memo was pure race-baiting.") == ["race-baiting"]
    # A label one person pins on another stays flagged (the coders mark it).
    assert flagged("He dismissed the marchers as race hustlers.") == ["race hustlers"]


# --- attribution verbs that judge no statement --------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor insisted that the protesters not block the bridge.",
        '"Move back!" Then the sergeant insisted that the crowd be dispersed.',
        "The critics insist that both the tax and the fee be repealed at once.",
        "The ministers are not about to admit that anything went wrong.",
        "The senator will be able to claim he has broad support.",
        "Schools will respond by insisting that the rules are fair.",
        "Let me complain about the new parking rules first.",
        "You cannot quit complaining about the weather.",
        "A family claiming the credit is not required to file twice.",
        "The court dismissed the tenants' claims that the rent rules violated the law.",
        "The group sued the mayor over a claim that she failed to act.",
        "The caller claimed to be Senator Jane Roe.",
        "The league claims to be the nation's second-largest chess club.",
        "Or can you admit that the town has endured enough?",
        "Nothing changes until the city admits it has a traffic problem.",
        "Its rivals will claim that the new rules cost jobs.",
        "None of the council will now insist that the road is safe.",
        "If you reject this, you are admitting that some ideas are better.",
    ],
)
def test_an_attribution_verb_that_judges_no_statement_is_not_flagged(sentence):
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The mayor insisted that the bridge was safe.", "insisted"),
        ("She refused to admit that the plan had failed.", "admit"),
        ("He claimed to be winning the argument.", "claimed"),
        ("She claimed to be the victim of a smear.", "claimed"),
        ("His claim that taxes fell is false.", "claim"),
        ("The governor dodged the question about the budget.", "dodged the question"),
        ("Given that it does, he concedes that the bill goes too far.", "concedes"),
        ("You claim that the bill helps farmers, but it does not.", "claim"),
    ],
)
def test_an_attribution_verb_that_judges_a_statement_still_counts(sentence, word):
    assert word in flagged(sentence)


# --- plain senses ------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The bill would close loopholes in the background check law.",
        "The plan keeps the loophole-closing measures of the old law.",
        "The states can close those loopholes on their own.",
        "Offices reopened with the staggering of working hours.",
        "It avoids fights over individual loophole closings in the code.",
        "He muddled through school and then dropped out.",
        "Perhaps the least shocking detail was the price.",
        "The law bars sales to anyone found mentally incompetent.",
        "The NRA and other anti-gun control groups spent heavily.",
        'The plan repeals the so-called "death tax" on estates.',
        "With five cooks in one kitchen, dinner can get crazy.",
        "Hospitals filled with dangerously ill patients.",
        "Forecasters warned of dangerously cold winds.",
        "The schedule shifts wildly from week to week.",
        "The big oil companies funded a safety institute.",
        "In a shocking turn of events, the two rivals agreed.",
        "Europe favoured wage-support schemes over direct payments.",
        "The Heartbeat Bill has been called unconstitutional by both parties.",
    ],
)
def test_plain_senses_are_not_flagged(sentence):
    assert flagged(sentence) == []


def test_radical_with_a_topic_word_and_hectoring_are_flagged():
    assert flagged("The state passed radical abortion legislation.") == [
        "radical abortion legislation"
    ]
    assert flagged("Voters tire of a hectoring tone.") == ["hectoring"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.sampled_from(["terms such as “", "see as ", "by "]))
def test_voice_rules_take_any_text(prefix, cue):
    text = prefix + cue + "race-baiting” and insisting that it be done."
    for m in find_loaded_terms(text):
        assert text[m.start : m.end] == m.text
