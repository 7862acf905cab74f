import importlib.util
import json
import math
import re

import pytest
from conftest import shared_data_dir
from hypothesis import example, given, settings
from hypothesis import strategies as st

from framing import quotes
from framing import sources as framing_sources
from framing.errors import LexiconError
from framing.quotes import Quote, extract_quotes
from framing.text import DASHES


def summary(text):
    """(kind, text, speaker) for each quote, the shape most tests compare."""
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(text)]


# --- quotation marks of every kind -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mayor Ann Lee spoke. "We will not comply," she said.',
            [("direct", "We will not comply,", "Ann Lee")],
        ),
        (
            "Governor Tom Reyes said: “The budget is balanced.”",
            [("direct", "The budget is balanced.", "Tom Reyes")],
        ),
        (
            "Senator Mark Hale arrived.\n\n''We are ready,'' Mr. Hale said.",
            [("direct", "We are ready,", "Mark Hale")],
        ),
    ],
    ids=["straight", "curly-colon", "nyt-doubled-apostrophes"],
)
def test_quotation_marks(text, expected):
    assert summary(text) == expected


def test_multi_paragraph_quotation_is_one_quote():
    text = "“The first part runs on.\n\n“The second part ends it,” said Dana Ortiz."
    [q] = extract_quotes(text)
    assert (q.kind, q.speaker, q.cue) == ("direct", "Dana Ortiz", "said")
    assert q.text == "The first part runs on.\n\n“The second part ends it,"


# --- cues ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Crime is down,” said Mayor Rahm Emanuel.",
            ("direct", "Crime is down,", "Rahm Emanuel", "said", "Mayor"),
        ),
        (
            "Sen. Joan Park told reporters, “We have the votes.”",
            ("direct", "We have the votes.", "Joan Park", "told", "Sen."),
        ),
        (
            "According to Ted Brown, the plan failed badly.",
            ("indirect", "the plan failed badly", "Ted Brown", "According to", None),
        ),
        (
            "Maria Lopez said that the schools would reopen in May.",
            (
                "indirect",
                "the schools would reopen in May",
                "Maria Lopez",
                "said",
                None,
            ),
        ),
        (
            "Paul Grant warned that the dam could fail.",
            ("indirect", "the dam could fail", "Paul Grant", "warned", None),
        ),
        (
            "Rita Moss argued the tax was unfair.",
            ("indirect", "the tax was unfair", "Rita Moss", "argued", None),
        ),
        (
            "Dan Cole insisted that nothing had changed.",
            ("indirect", "nothing had changed", "Dan Cole", "insisted", None),
        ),
    ],
    ids=[
        "inverted-title",
        "told-reporters",
        "according-to",
        "said-that",
        "warned",
        "argued",
        "insisted",
    ],
)
def test_cues(text, expected):
    [q] = extract_quotes(text)
    assert (q.kind, q.text, q.speaker, q.cue, q.affiliation) == expected


def test_cue_offsets_point_at_the_cue():
    text = "“Crime is down,” said Mayor Rahm Emanuel."
    [q] = extract_quotes(text)
    assert text[q.cue_start : q.cue_end] == "said"
    assert text[q.speaker_start : q.speaker_end] == "Rahm Emanuel"


# --- split quotes and continuation ------------------------------------------


def test_split_quote_parts_share_the_speaker():
    text = "Coach Bill Ray spoke after the game. “We tried,” he said. “We failed.”"
    assert summary(text) == [
        ("direct", "We tried,", "Bill Ray"),
        ("direct", "We failed.", "Bill Ray"),
    ]


def test_quote_without_cue_continues_previous_speaker():
    text = (
        "“We are not done,” said Ruth Kim, a union organizer.\n\n"
        "“The strike goes on until the contract is signed.”"
    )
    first, second = extract_quotes(text)
    assert (second.kind, second.speaker, second.cue) == ("direct", "Ruth Kim", None)
    assert second.affiliation == first.affiliation == "a union organizer"


def test_dash_after_quotation_names_the_speaker():
    [q] = extract_quotes("Voices.\n\n“We came here to work.” — Ana Ruiz, 34, Phoenix")
    assert (q.kind, q.text, q.speaker, q.affiliation) == (
        "direct",
        "We came here to work.",
        "Ana Ruiz",
        "34, Phoenix",
    )


@pytest.mark.parametrize("dash", list(DASHES))
def test_every_dash_after_quotation_names_the_speaker(dash):
    # Vox-pop lists set the name after a dash; the horizontal bar U+2015 is
    # Unicode's "quotation dash" and often follows the closing mark directly.
    text = (
        "Voices from the valley after the vote.\n"
        f"“It means my kids can stay.”{dash} Rosa Pinto\n"
        f"“Nothing changes for us. Rent is still due.” {dash} Dale Ortiz, Fresno"
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("It means my kids can stay.", "Rosa Pinto"),
        ("Nothing changes for us. Rent is still due.", "Dale Ortiz"),
    ]


def test_inner_quotation_closing_with_the_outer_one():
    text = "Diners.\n\n''I asked, 'Is it late?''' said Mr. Lamb. ''Nobody knew.''"
    assert summary(text) == [
        ("direct", "I asked, 'Is it late?'", "Lamb"),
        ("direct", "Nobody knew.", "Lamb"),
    ]


def test_dash_line_names_the_speaker():
    text = "Fact check.\n\n“Taxes went up every single year.”\n\n- Lisa Grant."
    assert summary(text) == [
        ("direct", "Taxes went up every single year.", "Lisa Grant")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nCruz continued:\n\n“The questions were a disgrace.”",
            [("direct", "The questions were a disgrace.", "Cruz")],
        ),
        (
            "Lisa Moreno agreed. “The party is running out of time.”",
            [("direct", "The party is running out of time.", "Lisa Moreno")],
        ),
        (
            "“Vote early,” a voice-over in the ad states.",
            [("direct", "Vote early,", "a voice-over in the ad")],
        ),
    ],
    ids=["colon-paragraph", "attribution-sentence", "quote-only-cue"],
)
def test_attribution_in_a_neighbouring_sentence(text, expected):
    assert summary(text) == expected


def test_states_is_not_a_cue_outside_quotations():
    assert extract_quotes("Both states passed the bill in May.") == []


def test_according_to_as_an_aside_reports_what_follows():
    text = "The plan, according to a Treasury spokesman, would cost $4 billion."
    [q] = extract_quotes(text)
    assert (q.text, q.speaker, q.unnamed) == (
        "would cost $4 billion",
        "a Treasury spokesman",
        True,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count opens the reported clause; "Smith, 45," is an age.
        (
            "According to the county clerk, 312 of the 400 mailed ballots arrived "
            "after the deadline.",
            [
                (
                    "312 of the 400 mailed ballots arrived after the deadline",
                    "the county clerk",
                )
            ],
        ),
        # Every form of a belief or attitude verb in the table is a cue.
        (
            "The governor is hoping the legislature will pass the budget before the "
            "summer recess.",
            [
                (
                    "the legislature will pass the budget before the summer recess",
                    "The governor",
                )
            ],
        ),
        (
            "Protesters assailed the council for approving the pipeline permit.",
            [("the council for approving the pipeline permit", "Protesters")],
        ),
        # A participle opening the sentence reports up to the comma, by the
        # subject of the main clause's cue.
        (
            "Noting that she had studied law, Ms. Ortiz said the ruling would stand.",
            [
                ("she had studied law", "Ortiz"),
                ("the ruling would stand", "Ortiz"),
            ],
        ),
        (
            "Citing legal risks, the publisher declined to print the memoir.",
            [("legal risks", "the publisher")],
        ),
        # An attitude may take one name; a speech verb needs a clause.
        (
            "Former Vermont governor Howard Dean endorsed Clinton on Tuesday.",
            [("Clinton", "Howard Dean")],
        ),
        ("The coach said Friday.", []),
        # "A, X said, B": both fragments, the first when it has two words or more.
        (
            "In the long run, the economist said, the tariff will raise prices for "
            "farmers.",
            [
                ("In the long run", "the economist"),
                ("the tariff will raise prices for farmers", "the economist"),
            ],
        ),
        (
            "But, the economist said, the tariff will raise prices for farmers.",
            [("the tariff will raise prices for farmers", "the economist")],
        ),
    ],
)
def test_reported_clause_and_its_source(text, expected):
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == expected
    assert all(q.kind == "indirect" for q in quotes)


def test_headline_cue_in_title_case():
    text = "Clinton Says Russians Hacked the Party Servers\n\nBody text here."
    [q] = extract_quotes(text)
    assert (q.kind, q.text, q.speaker, q.cue) == (
        "indirect",
        "Russians Hacked the Party Servers",
        "Clinton",
        "Says",
    )


def test_said_in_a_statement_is_not_reported_content():
    text = "Sam Lau said in a statement. “There are no ballots to recount.”"
    assert summary(text) == [("direct", "There are no ballots to recount.", "Sam Lau")]


# --- resolution ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            "Jessica Lane met Robert Stone. “It went well,” she said.",
            "Jessica Lane",
            "she",
        ),
        (
            "Robert Stone met Jessica Lane. “It went well,” he said.",
            "Robert Stone",
            "he",
        ),
        (
            "Jessica Vaughan leads a think tank. “Enforcement works,” Vaughan said.",
            "Jessica Vaughan",
            "Vaughan",
        ),
        (
            "Mayor Karen Bass visited the site. “We will rebuild,” the mayor said.",
            "Karen Bass",
            "the mayor",
        ),
    ],
    ids=["she-skips-male", "he-skips-female", "surname", "title"],
)
def test_speaker_resolution(text, speaker, mention):
    [q] = extract_quotes(text)
    assert (q.speaker, q.speaker_mention) == (speaker, mention)
    assert text[q.speaker_start : q.speaker_end] == mention


def test_affiliation_kept():
    [q] = extract_quotes("“Rules matter,” said Tom Ellis, the acting director of ICE.")
    assert (q.speaker, q.affiliation) == ("Tom Ellis", "the acting director of ICE")


# --- unnamed sources ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We have no comment,” a Justice Department spokesman said.",
            "a Justice Department spokesman",
        ),
        ("Officials said the border would stay open.", "Officials"),
        (
            "A senior administration official said the talks had stalled.",
            "A senior administration official",
        ),
        ("Sources said the deal was close to done.", "Sources"),
    ],
    ids=["spokesman", "officials", "senior-official", "sources"],
)
def test_unnamed_sources(text, speaker):
    [q] = extract_quotes(text)
    assert (q.speaker, q.unnamed) == (speaker, True)


def test_named_institution_is_not_unnamed():
    [q] = extract_quotes("The Justice Department said the review was complete.")
    assert (q.speaker, q.unnamed) == ("Justice Department", False)


# --- speaker rules from the PolNeAR train error analysis (issue 4) -----------
# Every sentence below is made up; each rule was found on PolNeAR train.


def said(text):
    """(quoted or reported words, resolved speaker) for each quote."""
    return [(q.text, q.speaker) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The deal is final,” Acme spokeswoman Rita Vance told the Gazette, "
            "after Mayor Carl Ortiz stated a wish to cancel the contract. “Nothing "
            "will change.”",
            [
                ("The deal is final,", "Rita Vance"),
                ("a wish to cancel the contract", "Carl Ortiz"),
                ("Nothing will change.", "Rita Vance"),
            ],
        ),
        (
            "“Can it get worse?” said organizer Lena Park, referring to Governor "
            "Hale. “We will find out.”",
            [
                ("Can it get worse?", "Lena Park"),
                ("We will find out.", "Lena Park"),
            ],
        ),
        (
            "“We came for work,” Mrs. Ito said. “We are not a threat.” Mr. Baker "
            "said: “The storm took our house.”",
            [
                ("We came for work,", "Ito"),
                ("We are not a threat.", "Ito"),
                ("The storm took our house.", "Baker"),
            ],
        ),
        (
            "“The vote is close,” said R.J. Moss, a fellow at the institute. “We "
            "will see.”",
            [("The vote is close,", "R.J. Moss"), ("We will see.", "R.J. Moss")],
        ),
    ],
    ids=["same-turn", "participle-aside", "colon-hands-on", "initials"],
)
def test_cueless_quote_keeps_the_speaker_of_its_turn(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        (
            "“We are ready,” the spokeswoman, Dana Cole, said.",
            "Dana Cole",
            "the spokeswoman",
        ),
        (
            "“Prices are up,” Omar Haddad, 41, of Tulsa, Okla., who runs a bakery, "
            "said.",
            "Omar Haddad",
            "41, of Tulsa, Okla., who runs a bakery",
        ),
        (
            "“Prices are up,” Greta Lind, 37, from Duluth, said.",
            "Greta Lind",
            "37, from Duluth",
        ),
        (
            "“Rents will climb,” Paula Reyes, who runs Harbor Realty, a brokerage, "
            "said.",
            "Paula Reyes",
            "who runs Harbor Realty, a brokerage",
        ),
        (
            "“We object,” Ray Dunn, who has proposed a new tax, said.",
            "Ray Dunn",
            "who has proposed a new tax",
        ),
        (
            "“We object,” Mira Shah of the Lakeside Institute for Coastal and Marine "
            "Policy Studies wrote.",
            "Mira Shah",
            "Lakeside Institute for Coastal and Marine Policy Studies",
        ),
        (
            "“We can pass it,” Senate Majority Whip Hal Brooks (R-Utah) said.",
            "Hal Brooks",
            "Senate Majority Whip",
        ),
        ("“Stay calm,” opined the Riverside Ledger.", "Riverside Ledger", None),
    ],
    ids=[
        "role-comma-name",
        "place-in-apposition",
        "from-place",
        "relative-clause-object",
        "relative-clause-cue",
        "long-affiliation",
        "leadership-title",
        "newspaper-article",
    ],
)
def test_apposition_names_the_speaker(text, speaker, affiliation):
    # (A relative clause may report speech of its own: "who has proposed a new
    # tax" is a proposal; only the quotation's attribution is checked here.)
    [q] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


def test_role_comma_name_in_reported_speech():
    text = "The spokeswoman, Dana Cole, said the vote was delayed."
    assert said(text) == [("the vote was delayed", "Dana Cole")]


@pytest.mark.parametrize(
    ("text", "speaker", "unnamed"),
    [
        (
            "“The talks are over,” said a person close to the Hendersons.",
            "a person close to the Hendersons",
            True,
        ),
        (
            "“It was planned,” said the station chief known as Rex.",
            "the station chief known as Rex",
            False,
        ),
        ("“No comment,” said an aide to reporters.", "an aide", True),
        ("“No comment,” said an official in a statement.", "an official", True),
        (
            "Before the polls closed, her campaign emailed supporters saying: “Vote "
            "today.”",
            "her campaign",
            True,
        ),
        ("“We disagree,” Holt’s office said in a statement.", "Holt’s office", False),
        ("“He won,” Harbor magazine wrote.", "Harbor magazine", False),
    ],
    ids=[
        "close-to",
        "known-as",
        "not-to-reporters",
        "not-in-a-statement",
        "her-campaign",
        "office",
        "magazine",
    ],
)
def test_source_descriptions(text, speaker, unnamed):
    [q] = extract_quotes(text)
    assert (q.speaker, q.unnamed) == (speaker, unnamed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maya Grant thanked her father, former Governor Paul Grant. “Public "
            "service matters,” the former governor said.",
            [("Public service matters,", "Paul Grant")],
        ),
        (
            "Laura Finch spoke. Tom Finch joined her. “No,” Mrs. Finch said. “Yes,” "
            "Mr. Finch said.",
            [("No,", "Laura Finch"), ("Yes,", "Tom Finch")],
        ),
        (
            "Sen. Ada Moore spoke. “That is my plan,” the senator said. Later Sen. "
            "Ben Ruiz spoke.",
            [("That is my plan,", "the senator")],
        ),
        (
            "Luis Vega preached in Ciudad Real on Sunday. “Mercy comes "
            "first,” he said.",
            [("Mercy comes first,", "Luis Vega")],
        ),
        (
            "The poll did not surprise Republican strategist Nina Wolfe: “Turnout "
            "decides everything.”",
            [("Turnout decides everything.", "Nina Wolfe")],
        ),
        (
            "Ruth Adler later told the Swiss newspaper Berner Tagblatt: “It was a "
            "mistake.”",
            [("It was a mistake.", "Ruth Adler")],
        ),
        ("Mrs. Irene Cho smiled and said, “Not yet.”", [("Not yet.", "Irene Cho")]),
        (
            "Carl Bos jokingly said, “I might run again.”",
            [("I might run again.", "Carl Bos")],
        ),
        (
            "Critics piled on, with Mayor Fred Lutz calling it a “fiasco” for Acme "
            "and asking, “Who approved this?”",
            [("Who approved this?", "Fred Lutz")],
        ),
        (
            "Tenants marched, calling for Dean Pratt’s resignation and carrying "
            "banners saying, “Fix the heat.”",
            [("Fix the heat.", "Tenants")],
        ),
        (
            "Despite her support from rural voters, “the race is open,” Wanda Kerr "
            "said.",
            [("the race is open,", "Wanda Kerr")],
        ),
    ],
    ids=[
        "two-people-one-surname",
        "courtesy-title-picks-the-person",
        "two-senators-keep-role",
        "place-is-not-a-person",
        "colon-after-a-name",
        "colon-after-a-newspaper",
        "and-said",
        "ly-adverb",
        "participle-past-scare-quote",
        "object-is-not-subject",
        "noun-cue-before-quotation",
    ],
)
def test_speaker_rules(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Roe asked about the budget. “We are short by millions,” Roe "
            "said.\n\nAnn Lee responded: “We always are.”\n\n“Still, it worries "
            "me,” Roe went on.",
            ("Still, it worries me,", "Tom Roe"),
        ),
        (
            "“Should we quit?” Ann Lee asked.\n\n“Never!” the crowd cried out, "
            "cheering.",
            ("Never!", "the crowd"),
        ),
        (
            "Ann Lee asked who would clean up.\n\n“Volunteers!” the audience "
            "screamed back.",
            ("Volunteers!", "the audience"),
        ),
    ],
    ids=["went-on", "cried-out", "screamed-back"],
)
def test_cues_only_next_to_a_quotation(text, expected):
    assert said(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Are you running?” the host, Ann Lee, asked Tom Roe.\n\n“Not today.”",
            [("Are you running?", "Ann Lee"), ("Not today.", "Tom Roe")],
        ),
        (
            "Ann Lee met Tom Roe.\n\n“We won,” Roe said.\n\n“Did you?” Lee "
            "asked.\n\n“Yes.”\n\n“Then good.”",
            [
                ("We won,", "Tom Roe"),
                ("Did you?", "Ann Lee"),
                ("Yes.", "Tom Roe"),
                ("Then good.", "Tom Roe"),
            ],
        ),
    ],
    ids=["the-person-asked", "back-to-the-speaker-before"],
)
def test_answer_to_a_quoted_question_changes_the_turn(text, expected):
    assert said(text) == expected


def test_transcript_labels_name_known_people():
    text = (
        "Donald Trump spoke.\n\nTRUMP: “I will.”\n\nMR. TRUMP: “Yes.”\n\n"
        "BREAKING: “No.”"
    )
    assert said(text) == [
        ("I will.", "Donald Trump"),
        ("Yes.", "Donald Trump"),
        ("No.", "BREAKING"),
    ]


# --- not quotes --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The city kept its so-called “sanctuary” status.",
        "She starred in “Saturday Night Live” for years.",
        "Richard “Dick” Cheney arrived late.",
        "The report, “Border Facts 2017,” came out in May.",
    ],
    ids=["scare-quote", "show-title", "nickname", "report-title"],
)
def test_not_quotes(text):
    assert extract_quotes(text) == []


def test_partial_quote_is_reported_speech_and_a_direct_quote():
    # The shared codebook (section C): the quoted words are Smith's own.
    text = "Tom Smith said he was “not quite there yet.”"
    assert summary(text) == [
        ("indirect", "he was “not quite there yet.”", "Tom Smith"),
        ("direct", "not quite there yet.", "Tom Smith"),
    ]
    # PolNeAR's convention: the fragment is part of the reported clause only.
    assert [q.kind for q in extract_quotes(text, partial=False)] == ["indirect"]


# --- the seed article ----------------------------------------------------------


def test_seed_direct_quotes(seed_text):
    direct = [q for q in extract_quotes(seed_text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == [
        "Jeff Sessions",
        "Jessica Vaughan",
        "Jessica Vaughan",
    ]
    assert direct[0].text.startswith("Failure to deport aliens")
    assert direct[0].text.endswith("protect the perpetrators.")
    assert direct[1].text.startswith("It’s very refreshing")
    assert direct[2].text == (
        "The public now can hold their local officials accountable for the "
        "sanctuary policy."
    )
    assert [q.affiliation for q in direct[1:]] == ["Center for Immigration Studies"] * 2
    assert direct[0].affiliation == "Attorney General"


def test_seed_mayors_conference_is_a_reported_source(seed_text):
    [q] = [q for q in extract_quotes(seed_text) if q.cue == "questioned"]
    assert (q.kind, q.speaker, q.text) == (
        "indirect",
        "US Conference of Mayors",
        "the truthfulness of ICE detainers and the DHS report",
    )


# --- contract ------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, math.nan, "", "   \n"])
def test_empty_input_gives_empty_list(value):
    assert extract_quotes(value) == []


def test_non_text_raises_type_error():
    with pytest.raises(TypeError, match="got int"):
        extract_quotes(42)


def test_quote_is_frozen():
    [q] = extract_quotes("“We tried,” said Bill Ray.")
    assert isinstance(q, Quote)
    with pytest.raises(AttributeError):
        q.speaker = "someone else"


pieces = st.sampled_from(
    [
        "Smith",
        " said",
        " Ann Lee",
        " she",
        ", ",
        ".",
        ":",
        " according to",
        " officials",
        '"',
        "“",
        "”",
        "''",
        "’",
        "'",
        "\n",
        "\n\n",
        " that",
        " Mr.",
        " -",
    ]
)


@settings(max_examples=250, deadline=None)
@given(st.one_of(st.text(), st.lists(pieces, max_size=40).map("".join)))
def test_any_text_offsets_exact_and_sorted(text):
    found = extract_quotes(text)
    assert found == sorted(found, key=lambda q: (q.start, q.end))
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.kind in ("direct", "indirect")
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        if q.cue_start is not None:
            assert text[q.cue_start : q.cue_end] == q.cue


# --- word lists ------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(quotes._SCHEMAS))
def test_shipped_word_lists_load(name):
    rows = quotes._word_list(name)
    assert len(rows) >= 5
    assert all(row["source"] for row in rows)


def test_broken_word_list_row_names_line_and_column():
    content = (
        "lemma,forms,type,neutral,source,note\n"
        "say,said,speech,true,AP,\n"
        "shout,shouted,yelling,false,x,\n"
    )
    with pytest.raises(LexiconError, match=r"line 3, column 'type'"):
        quotes._parse_word_list("speech_verbs.csv", content)


def test_word_list_with_wrong_header_is_rejected():
    with pytest.raises(LexiconError, match="line 1"):
        quotes._parse_word_list("pronouns.csv", "word,gender\nhe,male\n")


# --- PolNeAR development split (skipped without the shared data) --------------


def _scorer():
    data = shared_data_dir()
    if data is None:
        pytest.skip("shared data not available (set FRAMING_DATA)")
    path = data.parent / "eval" / "score_quotes.py"
    dev = data / "polnear" / "dev.jsonl"
    if not path.is_file() or not dev.is_file():
        pytest.skip("PolNeAR dev split or scorer not available")
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with dev.open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle]
    return module, docs


def _dev_scores(kind):
    scorer, docs = _scorer()
    n_gold = n_pred = n_strict = n_lenient = sp_n = sp_ok = 0
    for doc in docs:
        text = doc["text"]
        golds = scorer.merge_fragments(text, scorer.gold_quotes(doc, []))
        # PolNeAR codes a partial quotation as part of its reported clause:
        # scored under its own convention (docs/sources.md).
        quotes = extract_quotes(text, partial=False)
        preds = scorer.predicted_quotes(text, quotes, [])
        if kind != "all":
            golds = [g for g in golds if g["kind"] == kind]
            preds = [p for p in preds if p["kind"] == kind]
        pairs = scorer.match(golds, preds)
        n_gold += len(golds)
        n_pred += len(preds)
        n_strict += sum(r >= scorer.STRICT for _, _, r in pairs)
        n_lenient += len(pairs)
        for gi, pi, r in pairs:
            if r >= scorer.STRICT and scorer.speaker_eligible(golds[gi]["speaker"]):
                sp_n += 1
                sp_ok += scorer.speaker_correct(
                    golds[gi]["speaker"], preds[pi]["speaker"]
                )

    def f1(matched):
        return 2 * matched / (n_gold + n_pred)

    return f1(n_strict), f1(n_lenient), sp_ok / sp_n


def test_polnear_dev_direct_f1():
    strict, _, _ = _dev_scores("direct")
    assert strict >= 0.85


def test_polnear_dev_direct_speaker_target():
    _, _, speaker = _dev_scores("direct")
    assert speaker >= 0.90


def test_polnear_dev_indirect_lenient_recall_and_precision():
    scorer, docs = _scorer()
    n_gold = n_pred = n_lenient = 0
    for doc in docs:
        text = doc["text"]
        golds = scorer.merge_fragments(text, scorer.gold_quotes(doc, []))
        preds = scorer.predicted_quotes(text, extract_quotes(text), [])
        golds = [g for g in golds if g["kind"] == "indirect"]
        preds = [p for p in preds if p["kind"] == "indirect"]
        n_gold += len(golds)
        n_pred += len(preds)
        n_lenient += len(scorer.match(golds, preds))
    # Measured 0.525 recall at 0.815 precision (issue 14 asks 0.55 at 0.80);
    # issue 21 scores reported speech proper (--cues speech) and no longer reports
    # a belief of no one or of the author, an intention ("want to", "refused
    # to") or a cue word used as a noun, which PolNeAR's all-cue gold holds:
    # 0.489 recall at 0.836 precision. Round 4 no longer reports a stance with a
    # plain object ("opposes the plan") or a passive without an agent, which it
    # holds too: 0.477 recall at 0.847 precision.
    assert n_lenient / n_gold >= 0.47
    assert n_lenient / n_pred >= 0.83


def test_polnear_dev_all_lenient_f1():
    _, lenient, _ = _dev_scores("all")
    assert lenient >= 0.70


@pytest.mark.parametrize(
    ("text", "speaker", "affiliation"),
    [
        (
            "“The plan is dead,” Owen Hart, the policy director for the Farm "
            "Council said in a statement.",
            "Owen Hart",
            "the policy director for the Farm Council",
        ),
        (
            "“Prices will rise,” Lena Ortiz, president and CEO of the Grocers "
            "Guild stated.",
            "Lena Ortiz",
            "president and CEO of the Grocers Guild",
        ),
        # Not an apposition: a clause before the comma, a name after it.
        (
            "As Ruiz spoke to Kerr, the crowd chanted, “Four more years!”",
            "the crowd",
            None,
        ),
        (
            "Or maybe Ann Roe, strategist Tim Lee says: “Roe can win.”",
            "Tim Lee",
            "strategist",
        ),
    ],
)
def test_apposition_without_its_closing_comma(text, speaker, affiliation):
    [q] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert (q.speaker, q.affiliation) == (speaker, affiliation)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The hearing grew so tense that Governor Paul Reyes said, “We need "
            "a break.”",
            "Paul Reyes",
        ),
        (
            "The vote failed, and Mayor Rita Lutz said, “We will try again.”",
            "Rita Lutz",
        ),
    ],
)
def test_name_opening_a_subordinate_clause_before_the_cue(text, speaker):
    [q] = extract_quotes(text)
    assert (q.kind, q.speaker) == ("direct", speaker)


def test_pronoun_is_not_resolved_to_a_newspaper():
    text = (
        "Nora Kunin spoke to the Harbor Daily.\n\n"
        "“His temper is bad,” she said, but despite the tension in the race, "
        "“I think he will win,” said Kunin."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("His temper is bad,", "Nora Kunin"),
        ("I think he will win,", "Nora Kunin"),
    ]


def test_cue_of_the_previous_quotation_does_not_attribute_the_next():
    text = (
        "“It is over,” Ann Roe said, but in the next room, “It is not,” said Tim Lee."
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [
        ("It is over,", "Ann Roe"),
        ("It is not,", "Tim Lee"),
    ]


def test_lead_in_without_cue_yields_to_the_cue_after_the_quotation():
    text = (
        "The ban was lifted. But the effect has been ignored: ''The rules will "
        "return within a year,'' Rita Vance, an analyst at Harbor Capital, wrote."
    )
    [q] = extract_quotes(text)
    assert (q.kind, q.speaker, q.cue) == ("direct", "Rita Vance", "wrote")


def test_lead_in_keeps_a_quotation_that_ends_its_sentence():
    text = (
        "Ann Roe emailed the shop. Her reply was: “Is it in Ohio?” Acme Gifts is "
        "a store in Dayton, "
        "according to its website."
    )
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [("Is it in Ohio?", "Ann Roe")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Paula Finch, herself a longtime Adler supporter, drew boos upon "
            "saying, “Adler lost.”",
            "Paula Finch",
        ),
        (
            "Mr. Adler, who said last week that a Cuban-American judge was unfair, "
            "issued a statement saying, “I respect the court.”",
            "Adler",
        ),
    ],
)
def test_participle_subject_skips_asides(text, speaker):
    [q] = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert q.speaker == speaker


def test_quotation_continues_an_unnamed_source_with_a_partial_quote():
    text = (
        "Mr. Lutz left early. Fiorina was not one for “long meetings,” said one "
        "former executive who requested anonymity. “When she made a decision, "
        "that was it.”"
    )
    last = extract_quotes(text)[-1]
    assert (last.kind, last.speaker, last.unnamed) == (
        "direct",
        "one former executive",
        True,
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Carson did not name his rivals, but told his supporters, “Our nation "
            "is in trouble.”",
            "Carson",
        ),
        ("“Why now?” asked Carson.", "Carson"),
    ],
)
def test_who_is_told_is_not_the_speaker(text, speaker):
    [q] = extract_quotes(text)
    assert (q.kind, q.speaker) == ("direct", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Before the film, the exiled extremist cleric Anwar al-Awlaki, who "
            "died in 2011, is shown saying: “Take heed.”",
            "Anwar al-Awlaki",
        ),
        ("“We will not leave,” said Bashar al-Assad.", "Bashar al-Assad"),
    ],
)
def test_names_with_hyphenated_articles(text, speaker):
    [q] = extract_quotes(text)
    assert q.speaker == speaker


def test_subject_shared_across_but_continues_into_the_next_quotation():
    text = (
        "Senator Jeff Sessions spoke first. “This party is united,” Sessions "
        "told AFP.\n\nRepresentative Tom Massie used to back Rand Paul, but now "
        "said Trump had “the duty to unite us.”\n\n“I think he can do that.”"
    )
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [
        ("direct", "Jeff Sessions"),
        ("indirect", "Tom Massie"),
        ("direct", "Tom Massie"),  # the partial quotation "the duty to unite us."
        ("direct", "Tom Massie"),
    ]


@pytest.mark.parametrize(
    ("tagged", "party"),
    [
        ("Sen. Claire McCaskill (D-Mo.)", "D-Mo."),
        ("Rep. Ann Kuster (D-N.H.)", "D-N.H."),
        ("Rep. Tom Cole, R-Okla.,", "R-Okla."),
        ("Sen. Bernie Sanders (I)", "I"),
        ("Mayor Ann Lee (Dallas)", None),
        ("Ann Lee, Dallas,", None),
    ],
)
def test_party_tag_given_with_the_name(tagged, party):
    name = tagged.split(" (")[0].split(",")[0].split(" ", 1)[1]
    text = f"Talks stalled. {tagged} said the plan was dead. “It is,” {name} said."
    assert [q.party for q in extract_quotes(text)] == [party, party]


# --- one parse per article: the Document ----------------------------------------


def test_document_gives_the_same_quotes_and_caches_them(seed_text):
    from framing.document import Document

    doc = Document(seed_text)
    from_doc = extract_quotes(doc)
    assert from_doc == extract_quotes(seed_text)
    assert doc.cache["quotes"] == tuple(from_doc)
    # A second call reads the cache; the caller's list is its own copy.
    from_doc.clear()
    assert extract_quotes(doc) == list(doc.cache["quotes"])
    assert all(seed_text[q.start : q.end] == q.text for q in extract_quotes(doc))


# --- linear time: long texts complete with exact offsets (timings: benchmarks/) --


@pytest.mark.parametrize("sep", ["\n\n", " "])
def test_two_megabyte_text_completes_with_exact_offsets(seed_text, sep):
    # Repeated news paragraphs, once as paragraphs and once as a single line
    # (every window bounded by a paragraph is then the whole text).
    own = (
        'Gov. Dana Whitfield said Tuesday that the state would appeal. "We '
        'will not back down," she told reporters. According to the budget '
        "office, the program costs $40 million a year."
    )
    unit = sep.join([*seed_text.split("\n\n"), own])
    text = sep.join([unit] * (2_000_000 // len(unit) + 1))
    quotes = extract_quotes(text)
    assert len(quotes) > 1000
    assert all(text[q.start : q.end] == q.text for q in quotes)
    assert [(q.start, q.end) for q in quotes] == sorted(
        (q.start, q.end) for q in quotes
    )
    names = {q.speaker for q in quotes}
    assert {"Jeff Sessions", "Jessica Vaughan", "Dana Whitfield"} <= names


# --- attribution tone: neutral and loaded cues (AP Stylebook, "said") -----------


@pytest.mark.parametrize(
    ("text", "cue", "neutral"),
    [
        ("Gov. Tim Hale said the budget would balance by June.", "said", True),
        ("Sen. Ann Roe told reporters the bill would pass.", "told", True),
        ("According to the county clerk, turnout fell sharply.", "According to", True),
        ("Sen. Ann Roe claimed the bill would cut taxes.", "claimed", False),
        ("The treasurer admitted that the audit was late.", "admitted", False),
        ("Mayor Dee insisted the money was there all along.", "insisted", False),
        ("Ray Ortiz conceded the race had slipped away.", "conceded", False),
        ("Union leaders slammed the contract offer.", "slammed", False),
        (
            "Rep. Joan Pike blasted the agency's handling of the floods.",
            "blasted",
            False,
        ),
        ("The governor boasted that hiring had doubled.", "boasted", False),
        ("The developer bragged that the tower sold out in a week.", "bragged", False),
        (
            "Aides lashed out at the reporters covering the rally.",
            "lashed out at",
            False,
        ),
        ("The coach ranted that the referees had cost his team.", "ranted", False),
        ("The mayor touted the new stadium as a jobs engine.", "touted", False),
    ],
)
def test_neutral_and_loaded_cues(text, cue, neutral):
    [q] = extract_quotes(text)
    assert (q.cue, q.neutral_cue) == (cue, neutral)


def test_direct_quote_with_a_loaded_cue_and_one_without_a_cue():
    text = (
        "Mayor Ann Lee spoke at noon. “We balanced the books,” she boasted. "
        "“Nobody else could have.”"
    )
    quotes = extract_quotes(text)
    assert [(q.cue, q.neutral_cue) for q in quotes] == [
        ("boasted", False),
        (None, True),
    ]


def test_every_speech_verb_row_says_whether_it_is_neutral():
    rows = quotes._word_list("speech_verbs.csv")
    assert {row["neutral"] for row in rows} == {"true", "false"}
    said = next(row for row in rows if row["lemma"] == "say")
    claimed = next(row for row in rows if row["lemma"] == "claim")
    assert (said["neutral"], claimed["neutral"]) == ("true", "false")


# --- reported speech patterns (issue 14, item 4) ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the county elections office, turnout fell by a third.",
            [("turnout fell by a third", "the county elections office")],
        ),
        (
            "Mayor Lisa Chen said that the city would run out of water by August.",
            [("the city would run out of water by August", "Lisa Chen")],
        ),
        (
            "Police Chief Dan Ruiz told reporters the suspect had fled the state.",
            [("the suspect had fled the state", "Dan Ruiz")],
        ),
        (
            "Sen. Tom Baxter argued that the wall was a waste of money.",
            [("the wall was a waste of money", "Tom Baxter")],
        ),
        (
            "Mayor Lisa Chen warned that the reservoir could run dry.",
            [("the reservoir could run dry", "Lisa Chen")],
        ),
        (
            "Gov. Amy Hart noted that the state had a surplus of $2 billion.",
            [("the state had a surplus of $2 billion", "Amy Hart")],
        ),
        (
            "In the senator's view, the tariff will hurt farmers in the Midwest.",
            [("the tariff will hurt farmers in the Midwest", "the senator")],
        ),
        (
            "Sen. Tom Baxter has said the wall is a waste of money.",
            [("the wall is a waste of money", "Tom Baxter")],
        ),
        (
            "It was announced by the White House on Friday that the summit "
            "would be delayed.",
            [("the summit would be delayed", "White House")],
        ),
        (
            "The economy added 200,000 jobs in May, the Labor Department said.",
            [("The economy added 200,000 jobs in May", "Labor Department")],
        ),
        (
            "Gov. Amy Hart said that the state would sue. She added that the "
            "lawsuit would be filed in federal court.",
            [
                ("the state would sue", "Amy Hart"),
                ("the lawsuit would be filed in federal court", "Amy Hart"),
            ],
        ),
        (
            "In his final address, the governor conceded he had fallen short.",
            [("he had fallen short", "the governor")],
        ),
    ],
    ids=[
        "according-to",
        "said-that",
        "told-reporters",
        "argued-that",
        "warned-that",
        "noted-that",
        "in-x-view",
        "has-said",
        "passive-by",
        "clause-final-said",
        "continuation",
        "short-clause-after-cue",
    ],
)
def test_reported_speech_patterns(text, expected):
    assert [
        (q.text, q.speaker) for q in extract_quotes(text) if q.kind == "indirect"
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two attributions in one sentence: each clause ends where the next begins.
        (
            "Rep. Joan Pike said the levee would hold, and the county engineer "
            "said repairs would take a month.",
            [
                ("the levee would hold", "Joan Pike"),
                ("repairs would take a month", "the county engineer"),
            ],
        ),
        (
            "The mayor praised the volunteers and warned that more rain was coming.",
            [("the volunteers", "The mayor"), ("more rain was coming", "The mayor")],
        ),
        # A contrast or a colon ends the reported clause.
        (
            "Ann Roe said the vote was fair, but her opponents filed a complaint.",
            [("the vote was fair", "Ann Roe")],
        ),
        (
            "A city official confirmed the layoffs on condition of anonymity "
            "because talks were ongoing.",
            [("the layoffs", "A city official")],
        ),
    ],
)
def test_reported_clause_boundaries(text, expected):
    # (see the parametrised cases above)
    assert [
        (q.text, q.speaker) for q in extract_quotes(text) if q.kind == "indirect"
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bill is expected to pass the Senate next week.",
        "The price of gasoline seems to be falling again.",
        "The senator appeared to lose patience with the witness.",
        "Prices appear to have peaked in the spring.",
        "The views expressed in this article are the author's own.",
        "The opinions expressed here are solely those of the writer.",
    ],
)
def test_no_source_no_attribution(text):
    assert extract_quotes(text) == []


# --- one source, one name (issue 14, item 6) --------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Customs and Border Protection said it had detained 40 people.",
            "Customs and Border Protection",
        ),
        (
            "“We are ready,” said Customs and Border Protection in a statement.",
            "Customs and Border Protection",
        ),
        (
            "The Department of Health and Human Services said the rule takes "
            "effect in May.",
            "Department of Health and Human Services",
        ),
        ("Procter & Gamble said sales fell in the spring.", "Procter & Gamble"),
        # Two people joined by "and" are not one organisation.
        ("Ann Lee and Tom Roe said the plan would fail.", "Tom Roe"),
    ],
)
def test_organisation_names_with_and_stay_whole(text, speaker):
    assert [q.speaker for q in extract_quotes(text)] == [speaker]


def test_one_person_under_a_short_and_a_full_name_is_merged():
    text = (
        "Senate Minority Leader Chuck Schumer said the deal was dead. Later, "
        "Charles E. Schumer added that talks could resume. Gov. Bill Lee said "
        "taxes would not rise. “We will hold the line,” William Lee said."
    )
    assert [q.speaker for q in extract_quotes(text)] == [
        "Chuck Schumer",
        "Chuck Schumer",
        "Bill Lee",
        "Bill Lee",
    ]


def test_two_people_of_one_surname_stay_apart():
    text = (
        "Maya Grant said the farm would close. Paul Grant said it would stay "
        "open. “It is sold,” Grant said."
    )
    speakers = [q.speaker for q in extract_quotes(text)]
    assert speakers[:2] == ["Maya Grant", "Paul Grant"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“It is unanimous,” council member Mark Levine said of the vote to "
            "end the contracts.",
            [
                ("direct", "It is unanimous,", "Mark Levine"),
                ("indirect", "the vote to end the contracts", "Mark Levine"),
            ],
        ),
        (
            "Asked whether he would run again, the governor said he had not decided.",
            [
                ("indirect", "whether he would run again", None),
                ("indirect", "he had not decided", "the governor"),
            ],
        ),
        (
            "According to early results of exit polls conducted for three "
            "television networks and a wire service, voters favored the "
            "incumbent by ten points.",
            [
                (
                    "indirect",
                    "voters favored the incumbent by ten points",
                    "early results of exit polls conducted for three television "
                    "networks and a wire service",
                )
            ],
        ),
    ],
    ids=["said-of", "asked-whether", "long-according-to"],
)
def test_questions_topics_and_long_sources(text, expected):
    assert summary(text) == expected


def test_seed_article_attributions_unchanged(seed_text):
    # Every attribution of the seed article, in order: new rules must not add,
    # drop or re-attribute any (the seed's analyze() output is held elsewhere).
    assert [(q.kind, q.speaker, q.cue) for q in extract_quotes(seed_text)] == [
        ("indirect", "federal law", "According to"),
        ("indirect", "US Conference of Mayors", "questioned"),
        ("direct", "Jeff Sessions", "saying"),
        ("indirect", "The president’s team", "hopes"),
        ("direct", "Jessica Vaughan", "said"),
        ("direct", "Jessica Vaughan", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Changes are also expected on the enforcement side of the bill.",
        "It’s expected the committee would do the same with the next deal.",
        "The opinions expressed by columnists are their own and do not represent "
        "the views of this site.",
    ],
)
def test_expectations_and_disclaimers_have_no_source(text):
    assert extract_quotes(text) == []


def test_a_pronoun_is_not_resolved_to_an_agency_name():
    text = (
        "Officials from U.S. Customs and Border Protection met the governor. "
        "“We are arresting 1,000 people a day,” he said."
    )
    [q] = extract_quotes(text)
    assert q.speaker != "Border Protection"


# --- end-anchored patterns test the end of a text before searching it --------

_END_WORDS = (
    "Smith said quickly is was It’s it's also already and but now who has on last "
    "Monday week day statement e-mail ad Border Protection Corp. Corp Inc ’s 's "
    "(R-Texas) by in the voters poll 47 percent of"
)
_END_PIECES = st.sampled_from([*" \n\t,.()x", "  ", *_END_WORDS.split()])


@pytest.mark.parametrize(
    "name",
    [
        "speakers._ADVERBS",
        "speakers._AUX_END",
        "speakers._AND_END",
        "speakers._WHO_END",
        "names._ORG_HEADS",
        "clauses._TIME_TAIL",
        "indirect._DOCUMENT_BEFORE",
        "indirect._PARTICIPLE_LEAD",
        "indirect._NOUN_BEFORE",
    ],
)
@given(pieces=st.lists(_END_PIECES, max_size=12), cut=st.integers(0, 3))
def test_end_anchored_patterns_find_what_their_regex_finds(name, pieces, cut):
    module, attr = name.split(".")
    pattern = getattr(importlib.import_module(f"framing.quotes.{module}"), attr)
    text = "".join(pieces)
    for pos, endpos in ((0, None), (cut, len(text) - cut), (0, len(text) + 5)):
        found = pattern.search(text, pos, endpos)
        expected = pattern.pattern.search(text, pos, endpos or len(text))
        assert (found and found.span()) == (expected and expected.span())


_NAME_WORDS = "Mr. Mrs Ms M Sen. Sens. St. S J. R. A.B. D.C. O’Malley al- van de Jr."


@given(
    st.lists(
        st.sampled_from([*" \t.-’'xrtQÉ", "Smith", "Élan", *_NAME_WORDS.split()]),
        max_size=10,
    )
)
@example(["Qr.", " ", "Smith"])  # "Qr" is a word, not an abbreviation
@example(["Ms", "t.", " Jr."])
def test_name_runs_are_read_as_the_plain_pattern_reads_them(pieces):
    from framing.quotes import names

    plain = re.compile(
        rf"(?=[A-Z]){names._CAP}"
        rf"(?:[ \t]+(?:{names._PARTICLE}[ \t]+|{names._HYPHEN_PARTICLE})?{names._CAP})*"
    )
    text = "".join(pieces)
    spans = [m.span() for m in names._CAP_RUN.finditer(text)]
    assert spans == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text)):
        found, expected = names._CAP_RUN.match(text, pos), plain.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())


# --- partial quotations (issue 21, item 4) -------------------------------------


def _direct(text, partial=True):
    return [
        (q.text, q.speaker)
        for q in extract_quotes(text, partial=partial)
        if q.kind == "direct"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sen. Dana Voss called the proposal “half-baked and badly flawed.”",
            [("half-baked and badly flawed.", "Dana Voss")],
            id="called-the-plan",
        ),
        pytest.param(
            "The mayor, Omar Reyes, said the levy was “a tax on hope” and would fail.",
            [("a tax on hope", "Omar Reyes")],
            id="inside-the-reported-clause",
        ),
        pytest.param(
            "Omar Reyes spoke at noon. He warned that the cuts “will close three "
            "clinics.”",
            [("will close three clinics.", "Omar Reyes")],
            id="pronoun-speaker",
        ),
        pytest.param(
            "And 2019 was also “the wettest spring on record,” the weather service "
            "points out.",
            [("the wettest spring on record,", "weather service")],
            id="attribution-after-the-fragment",
        ),
    ],
)
def test_partial_quotation_is_a_direct_quote_of_the_reported_speaker(text, expected):
    got = _direct(text)
    assert [t for t, _ in got] == [t for t, _ in expected]
    for (_, speaker), (_, want) in zip(got, expected, strict=True):
        assert want in speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lena Park said the “reform” would hurt renters.", id="one-word"),
        pytest.param(
            "Omar Reyes said on “Meet the Press” that the levy would pass.", id="title"
        ),
        pytest.param(
            "Opponents call it “partial birth abortion,” a term doctors reject.",
            id="a-name-given",
        ),
        pytest.param(
            "The so-called “sanctuary city” rules were upheld, the judge said.",
            id="so-called",
        ),
    ],
)
def test_scare_quotes_titles_and_labels_are_no_direct_quote(text):
    assert _direct(text) == []


def test_polnear_convention_keeps_fragments_inside_reported_speech():
    text = "Sen. Dana Voss called the proposal “half-baked and badly flawed.”"
    assert _direct(text, partial=False) == []
    assert [q.kind for q in extract_quotes(text, partial=False)] == ["indirect"]


@given(st.text(alphabet="ab “”\"' .,Said said Lee called", max_size=80))
@settings(max_examples=150, deadline=None)
def test_partial_quotes_keep_exact_offsets(text):
    for q in extract_quotes(text):
        assert text[q.start : q.end] == q.text


# --- who can be a source (issue 21, item 2) -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The first quarter of 2020 saw the steepest fall in hiring.", id="saw"
        ),
        pytest.param(
            "Democrats will likely oppose the legislation in the fall.",
            id="will-likely",
        ),
        pytest.param(
            "Maybe calling the eggs “spring spheres” seemed safer.", id="adverb"
        ),
    ],
)
def test_clause_debris_is_no_source(text):
    names = [q.speaker for q in extract_quotes(text)]
    assert all(n is None for n in names), names


@pytest.mark.parametrize(
    ("phrase", "kind", "ok"),
    [
        ("a senior administration official", "noun", True),
        ("critics", "noun", True),
        ("the petition", "noun", True),
        ("at least one Border Patrol supervisor in Texas", "noun", True),
        ("U.S. abortion rights activists", "noun", True),
        ("Tulsa health official", "name", True),
        ("President Trump last week", "name", True),
        ("Some", "name", False),
        ("Maybe", "name", False),
        ("R-Ky", "name", False),
        ("In his", "name", False),
        ("a tough year", "noun", False),
        ("Democrats will likely", "noun", False),
        ("one insurance plan that", "noun", False),
        ("Obama tried to bolster public", "name", False),
        ("They're providing", "noun", False),
    ],
)
def test_is_source_phrase(phrase, kind, ok):
    from framing.quotes.sourcehood import is_source_phrase

    assert is_source_phrase(phrase, kind) is ok


def test_a_possessive_and_a_time_phrase_leave_the_name():
    text = (
        "President Trump last week urged governors to reopen schools. "
        "Obama’s remarks on Monday said that the plan would work."
    )
    speakers = {q.speaker for q in extract_quotes(text)}
    assert "President Trump last week" not in speakers
    assert "Obama’s" not in speakers


def test_a_name_right_after_a_final_cue_is_the_speaker():
    text = (
        "The bills are expected in at least ten states, including Ohio, Utah and "
        "Maine, said Nora Field, policy director at the Harbor Institute."
    )
    [q] = extract_quotes(text)
    assert q.speaker == "Nora Field"
    assert q.text.startswith("The bills are expected")


def test_a_name_and_its_affiliation_after_a_quote_are_no_reported_clause():
    text = "“That is not accurate,” says Omar Reyes of the Harbor Institute."
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [
        ("direct", "Omar Reyes")
    ]


def test_an_apposition_after_according_to_is_no_reported_clause():
    text = (
        "States passed 231 laws on the issue, according to the Harbor Institute, "
        "a research group that tracks them."
    )
    [q] = extract_quotes(text)
    assert q.text == "States passed 231 laws on the issue"


def test_a_name_behind_an_opening_word_or_a_party_tag_is_kept():
    text = (
        "Sen. Rand Paul, R-Ky., calling the rule an “illegal use of executive "
        "power,” said he would force a vote."
    )
    speakers = {q.speaker for q in extract_quotes(text) if q.kind == "direct"}
    assert speakers == {"Rand Paul"}


# --- issue 21, round 2: what is not reported speech -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A cue word used as a noun or an adjective.
        "In his remarks at the ceremony, the governor made no mention of taxes.",
        "The proposed rule would cut costs for farm groups across the state.",
        "The newly announced cases ranged from teachers to bus drivers.",
        "The city's reopening plans are not facing any new resistance this week.",
        # A question put to someone about a topic reports no words.
        "When the host pressed the mayor about the budget, the audience laughed.",
        # A belief of the author or the reader is no source's view.
        "I thought the new bridge would open in the spring.",
        "If you thought the council could not get any slower, think again.",
    ],
)
def test_not_reported_speech(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_reported_speech_still_found_next_to_those_rules():
    # The same cues as verbs of a named source still attribute.
    assert summary("The governor remarked that taxes would rise next year.") == [
        ("indirect", "taxes would rise next year", "The governor")
    ]
    assert summary(
        "The mayor asked the council to delay the vote on the new budget."
    ) == [("indirect", "to delay the vote on the new budget", "The mayor")]
    # A belief held by a named source stays (the seed article has one).
    assert summary("The governor's team hopes to win the vote in March.") == [
        ("indirect", "to win the vote in March", "The governor's team")
    ]


def test_inverted_final_attribution_after_an_attitude_cue():
    # "plans" is an attitude cue of its own, but the sentence's attribution is
    # the final "said Ann Roe, director of ...".
    text = (
        "The council, one of the largest groups in the state, plans to push "
        "for new limits in several counties, said Ann Roe, director of policy."
    )
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Ann Roe")]
    assert quotes[0].text.startswith("The council")


@pytest.mark.parametrize(
    "text",
    [
        "Republicans want to pass the bill before the August recess.",
        "The senator refused to back the measure in the committee vote.",
    ],
)
def test_intention_is_not_reported_speech(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


# --- issue 21, round 4: stances, acts and agentless passives -------------------


@pytest.mark.parametrize(
    "text",
    [
        # A stance or an act with a plain object: no communication cue.
        "Republican challenger Mitt Romney opposes the plan for new teachers.",
        "The senator backed a measure that makes it a crime to sell the drug.",
        "The union supports the new contract for the city bus drivers.",
        "Most union members favor a shorter week with the same pay as before.",
        "The council decided against a new tax on the water utility this year.",
        # The agent of a participle is no reported clause.
        "Back then he had to support a ban urged by a president of his own party.",
        # A passive without an agent names nobody whose words are reported.
        "Lecturers were warned that capital letters might scare their students.",
        "The experts were asked to forecast the number of deaths in the state.",
        "It should also be noted that the group is under investigation.",
        # Other senses of cue words.
        "She pleaded guilty to three charges of assault and was sentenced.",
        "There are reports of wells running dry in the central valley.",
        "All told, the expansion would cover two million more people next year.",
        "As far as I can tell, she is alluding to a report from last spring.",
        "Neither candidate has called off a rally because of the outbreak.",
        "The state has 19 confirmed cases of the virus and a state of emergency.",
        "Since then, reservoir levels have continued to fall across the state.",
        "One insurer that asked not to be identified raised its prices again.",
    ],
)
def test_stances_acts_and_agentless_passives_are_not_reported_speech(text):
    assert [q for q in extract_quotes(text) if q.kind == "indirect"] == []


def test_stance_cues_with_a_that_clause_and_speech_cues_still_report():
    # A stance verb with a clause of its own, a condemnation (a speech act) and
    # a passive with its agent still attribute.
    assert summary("Some feminists decided that the hats were offensive.") == [
        ("indirect", "the hats were offensive", "Some feminists")
    ]
    assert summary("The governor condemned the measure in a short statement.")[0][
        ::2
    ] == ("indirect", "The governor")
    assert summary("The closure was announced by the superintendent on Monday.") == [
        ("indirect", "The closure", "the superintendent")
    ]


def test_a_source_named_after_as_reported_by_reports_the_clause():
    text = "As reported by the Gazette, the episode focuses on a girl from Ohio."
    assert summary(text) == [
        ("indirect", "the episode focuses on a girl from Ohio", "Gazette")
    ]


@pytest.mark.parametrize(
    "text, clause",
    [
        (
            "The mayor said in a statement that the plan would fail.",
            "the plan would fail",
        ),
        (
            "Lee said through a spokeswoman Thursday that he would oppose it.",
            "he would oppose it",
        ),
        ("The governor said on Monday that taxes would rise.", "taxes would rise"),
        # A relative "that" belongs to the adjunct: the clause stays whole.
        (
            "Trump said in an interview that aired Wednesday he expected a crowd.",
            "in an interview that aired Wednesday he expected a crowd",
        ),
    ],
)
def test_where_and_when_before_that_are_not_reported(text, clause):
    assert [q.text for q in extract_quotes(text)] == [clause]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # A name of unknown gender nearer the pronoun is no antecedent when a
        # person of the pronoun's gender is named just before it.
        (
            'Ann Roe joined Sage Therapeutics in 2017. "It is hard work," she said.',
            "Ann Roe",
        ),
        (
            'Mayor Tom Lee met the Tennessee Legislature. "We will win," he said.',
            "Tom Lee",
        ),
        # Never a person of the other gender (Greta is female, Obama male in the
        # officials table).
        (
            "Andrew Leonard told host Greta Van Susteren he would pay more. "
            '"I will be less insured," he said.',
            "Andrew Leonard",
        ),
        (
            "Sen. Amy Klobuchar wants to restore President Obama's rules. "
            '"It is a transition fuel," she said.',
            "Amy Klobuchar",
        ),
    ],
)
def test_a_pronoun_goes_to_the_nearest_person_of_its_gender(text, speaker):
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The subject of the sentence before, not the man it mentions last.
        (
            "Tom Lee denied the plan and said he did not like John Roe.\n\n"
            '"I knew nothing about it," he said.',
            "Tom Lee",
        ),
        # The speaker just named after "said" outranks an earlier man when
        # the first-name table does not know the speaker's gender.
        (
            "Sen. Tom Lee faces a hard race.\n\n"
            '"It is a delicate dance," said Barrett Kaiser, a consultant.\n\n'
            '"I would be stunned," he added.',
            "Barrett Kaiser",
        ),
        # A name before a noun ("Lee adviser") is no subject: the nearest stays.
        (
            'Tom Lee adviser John Roe spoke on Friday.\n\n"We are close," he said.',
            "John Roe",
        ),
        # Nor is a name after a preposition: "Lee actions" is a noun phrase.
        (
            "Combined with other Tom Lee actions, Professor John Roe says the "
            'order "isolates America."\n\n"It will fail," he adds.',
            "John Roe",
        ),
        # A name inside quotation marks is never the subject.
        (
            'The note "Tom Lee has left" reached John Roe.\n\n"It is over," he said.',
            "John Roe",
        ),
    ],
)
def test_a_pronoun_prefers_the_subject_of_the_sentence_before(text, speaker):
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert direct[-1].speaker == speaker


def test_a_pronoun_still_takes_a_name_of_unknown_gender_when_none_fits_better():
    text = 'Jeh Kerrigan spoke on Monday. "We are ready," he said.'
    assert [q.speaker for q in extract_quotes(text)] == ["Jeh Kerrigan"]


def test_a_name_after_an_agency_joined_by_and_is_the_shared_subject():
    text = (
        "Health and Human Services Secretary Ann Roe went on television on "
        "Sunday and said the website works."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Roe"]
    text = "Roe and Lee went to Texas and said the wall would be built."
    assert [q.speaker for q in extract_quotes(text)] == ["Roe"]


def test_a_name_after_the_cue_behind_the_rest_of_the_sentence_speaks():
    text = (
        "“We are bracing for another round of attacks on women’s ability” to "
        "choose, said Ann Roe, director of the project."
    )
    assert [(q.kind, q.speaker) for q in extract_quotes(text)] == [
        ("direct", "Ann Roe")
    ]


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        (
            "“When they poison the water, they poison us,” said conservation "
            "officer, Tom Lee, who checks the nets.",
            "Tom Lee",
            "conservation officer",
        ),
        (
            "“We will win,” said the spokesman, John Smith.",
            "John Smith",
            "the spokesman",
        ),
        (
            "The chairwoman of the committee, Rep. Ann Roe of Florida, said in an "
            "email that the bill would take “women back to the dark ages.”",
            "Ann Roe",
            "The chairwoman of the committee",
        ),
    ],
)
def test_a_role_then_a_name_in_apposition_is_the_name(text, speaker, role):
    quotes = extract_quotes(text)
    assert {(q.speaker, q.affiliation) for q in quotes} == {(speaker, role)}


@pytest.mark.parametrize(
    "text, names",
    [
        (
            '(Reuters) - A federal judge said on Friday the plan was fair. "Good," '
            "said Cmdr. Clay Doss, a spokesman for the fleet.",
            ["A federal judge", "Clay Doss"],
        ),
        (
            'Neither Lee nor Roe has called off a rally. "We go on," Lee said.',
            ["Lee"],
        ),
    ],
)
def test_datelines_military_titles_and_opening_words_are_not_names(text, names):
    assert sorted(framing_sources(text).table.name) == sorted(names)


def test_a_hyphenated_adjective_opens_a_description_not_a_name():
    text = (
        "Coal-state lawmakers are rallying to slam that door shut, claiming the "
        "plan would cost jobs."
    )
    assert {q.speaker for q in extract_quotes(text)} == {"Coal-state lawmakers"}
    text = "Sen. Mary Jones-Smith went on TV, saying the plan would cost jobs."
    assert {q.speaker for q in extract_quotes(text)} == {"Mary Jones-Smith"}


# --- issue 21, round 5: poll shares, cue nouns, names cut by link blocks ---


def test_poll_share_is_no_source():
    from framing import sources
    from framing.quotes.sourcehood import _poll_share

    assert _poll_share("33 percent of tax filers")
    assert not _poll_share("Three officials")
    text = "In the survey, 31 percent said it should be legal."
    assert list(sources(text).table["name"]) == []
    assert [q.text for q in extract_quotes(text)] == ["it should be legal"]


def test_cue_plural_noun_before_a_verb_reports_nothing():
    text = "The dialogue on TV shows is now starting to sound like a lecture."
    assert [q.speaker for q in extract_quotes(text)] == []


def test_glued_name_ends_at_the_glue():
    from framing.quotes.sourcehood import clean_name

    text = "Sen. Ann Walden said so. Ann Walden WaldenBottom Line: a poll."
    assert clean_name("Ann WaldenBottom Line", text) == "Ann Walden"
    assert clean_name("Ann WaldenBottom Line") == "Ann WaldenBottom Line"


def test_place_after_a_preposition_is_no_speaker():
    text = (
        "In Ohio, for example, 41 percent of filers, most of them couples, "
        "claimed the credit."
    )
    assert all(q.speaker != "Ohio" for q in extract_quotes(text))
    text = "Officials in Kentucky said the rule would cost jobs."
    assert [q.speaker for q in extract_quotes(text)] == ["Officials in Kentucky"]


def test_common_word_opening_a_sentence_is_no_speaker():
    from framing.quotes.sourcehood import common_word_opening

    text = "Part of the answer, observers say, is trust. It is part of life."
    assert common_word_opening("Part", text)
    assert not common_word_opening("Critics", "Critics say no. The critics left.")
    assert not common_word_opening("Lee", "Lee said no. Then Ann Lee left.")


def test_name_before_apposition_and_relative_clause_is_the_speaker():
    text = (
        "Ann Walden, a marine biologist at Exeter University, who was part of "
        'the team, said: "Smaller particles matter."'
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ann Walden"]


def test_she_never_refers_to_a_company():
    text = (
        "Ariel Brown joined her employer, Cambridge-based Sage Therapeutics, "
        "in 2017. \u201cThe hours are long,\u201d she said."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Ariel Brown"]


def test_title_then_role_then_name_is_the_name():
    text = (
        "Deputy press secretary Eric Walden published a tweet: "
        "\u201cNothing changes.\u201d"
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Eric Walden"]
    text = "Smith told reporters Monday that taxes would rise."
    assert [q.speaker for q in extract_quotes(text)] == ["Smith"]


def test_capitalised_role_is_the_person_named_with_it():
    text = (
        "Gov. Gavin Walden warned that the state would reopen. "
        "As the Governor noted last week, the state is working with districts."
    )
    assert [q.speaker for q in extract_quotes(text)] == ["Gavin Walden"] * 2


def test_participle_or_adverb_opening_a_sentence_is_no_speaker():
    text = (
        "Sensing a pause from gun groups, columnist Ann Walden noted that "
        "\u201cthe conversation has begun.\u201d"
    )
    assert all(q.speaker != "Sensing" for q in extract_quotes(text))
    text = "Nearly 2,000 officers said the rule was unfair."
    assert all(q.speaker != "Nearly" for q in extract_quotes(text))


def test_name_in_a_led_by_phrase_is_not_the_speaker():
    text = (
        "The Film Guild of America, led by former U.S. senator Ann Walden, a "
        "Democrat, said in a statement that it welcomed the debate."
    )
    speakers = [q.speaker for q in extract_quotes(text)]
    assert len(speakers) == 1 and speakers[0].startswith("Film Guild")


def test_headline_label_is_no_source():
    from framing import sources

    text = (
        "Report: Insurers ignored the abortion rules.\n\n"
        "The report said that insurers broke the law."
    )
    assert list(sources(text).table["name"]) == ["The report"]


def test_role_words_after_a_name_lead_to_the_subject():
    text = (
        "Trump administration lawyer Sarah Walden called the order "
        "\u201ca huge ask,\u201d referring to the department."
    )
    assert {q.speaker for q in extract_quotes(text)} == {"Sarah Walden"}


def test_he_is_not_the_person_he_told():
    text = (
        "Louie Walden spoke on Sunday. He told Fox News\u2019 Chris Carter on "
        "Sunday that the attack could have been stopped. Later he noted, "
        "\u201cChris, I wish she had been armed.\u201d"
    )
    speakers = [q.speaker for q in extract_quotes(text) if q.kind == "direct"]
    assert speakers == ["Louie Walden"]


def test_a_hover_card_after_the_name_leaves_the_speaker():
    # The Hill's card: the full name glued to story titles, then "MORE".
    text = (
        '"We want flexibility," said Sen. Tom Lee Thomas Ray LeeBudget talks '
        "stall Senate passes bill MORE (R-N.D.).\n\n"
        '"We will vote," said Sen. Ann Roe of Ohio.'
    )
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [
        "Tom Lee",
        "Ann Roe",
    ]


def test_a_participle_cue_after_a_quotation_takes_the_attribution_subject():
    # "adding" hangs on "he said", not on "We" inside the quotation before it.
    text = (
        "Tom Lee spoke to the committee.\n\nWe need "
        '"to be careful, as you know," he said, according to the Times, adding, '
        '"We cannot promise success."'
    )
    direct = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct][-1] == "Tom Lee"


def test_a_hover_card_between_the_quotation_and_the_cue_leaves_the_speaker():
    text = (
        '"We will have to talk," Sen. Tom Lee Thomas Ray LeeBudget talks: '
        "Senate stalls, House waits MORE (Texas), the No. 2 Senate Republican, said."
    )
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [
        "Tom Lee"
    ]


def test_a_name_closing_a_rejected_speaker_phrase_still_speaks():
    text = (
        "Some text.\n\n"
        '"Much will depend on" how far they go, law professor David Prince '
        "told the paper."
    )
    assert [q.speaker for q in extract_quotes(text) if q.kind == "direct"] == [
        "David Prince"
    ]
