import collections
import dataclasses
import itertools
import json
import math
from pathlib import Path

import pytest
from conftest import shared_data_dir
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import TermMatch, find_loaded_terms, find_terms, load_lexicon
from framing.lexicon import Lexicon

LOADED_CASES = Path(__file__).parent / "data" / "loaded_terms.jsonl"


def loaded(text):
    return [m.text for m in find_loaded_terms(text)]


# --- the seed article -------------------------------------------------------


def test_seed_loaded_terms(seed_text):
    found = [(m.text, m.term, m.in_quote) for m in find_loaded_terms(seed_text)]
    assert found == [
        ("Trumpocalypse", "Trumpocalypse", False),
        ("illegal immigrants", "illegal immigrant", False),
        ("illegal immigrant", "illegal immigrant", False),
        ("aliens", "alien", True),
        ("illegal immigrants", "illegal immigrant", False),
        ("illegal immigrants", "illegal immigrant", False),
        ("illegal immigrant", "illegal immigrant", False),
    ]


def test_seed_aliens_inside_sessions_quotation(seed_text):
    (aliens,) = [m for m in find_loaded_terms(seed_text) if m.term == "alien"]
    assert seed_text[aliens.start - 19 : aliens.start] == "“Failure to deport "
    assert (aliens.label, aliens.category) == ("alien", "status label")


def test_seed_author_voice_counts(seed_text):
    author = [m.term for m in find_loaded_terms(seed_text) if not m.in_quote]
    assert author.count("illegal immigrant") == 5
    assert author.count("Trumpocalypse") == 1
    assert len(author) == 6


def test_seed_find_terms_has_no_neutral_labels(seed_text):
    # The seed uses only loaded labels; find_terms adds nothing non-loaded.
    assert find_terms(seed_text) == find_loaded_terms(seed_text)


# --- context rules: real sentences, positive and negative ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "illegal": a person label only before a noun for people, or as a noun
        ("Police ticketed him for illegal parking.", []),
        ("Agents seized illegal drugs at the port.", []),
        ("The judge threw out evidence from an illegal search.", []),
        ("Illegal immigration fell after the new policy.", []),
        ("The number of illegal crossings fell in May.", []),
        ("He called them illegal aliens.", ["illegal aliens"]),
        ("Farms hired illegal workers for the harvest.", ["illegal workers"]),
        ("The illegal-alien debate split the party.", ["illegal-alien"]),
        ("The raid found twelve Illegal Immigrants.", ["Illegal Immigrants"]),
        ("Talk radio hosts rail against illegals.", ["illegals"]),
        ("The man was an illegal from Honduras.", ["an illegal"]),
        ("Is he an illegal?", ["an illegal"]),
        ("It was an illegal, unconstitutional order.", []),
        ("It was an illegal and immoral policy.", []),
        # "alien(s)": the person sense only
        ("The agency deported the aliens last week.", ["aliens"]),
        ("Each alien must carry a registration card.", ["alien"]),
        ("Prosecutors charged two criminal aliens.", ["criminal aliens"]),
        ("Zebra mussels are an alien species in the lake.", []),
        ("Astronomers look for signs of alien life.", []),
        ("The movie is about space aliens.", []),
        ("He claimed an alien abduction in 1975.", []),
        ("The idea felt alien to her.", []),
        ("The Alien Enemies Act dates from 1798.", []),
        # "undocumented" and "unauthorized": before a noun for people only
        ("The library has undocumented features.", []),
        ("Undocumented code is hard to maintain.", []),
        ("Unauthorized access is a crime.", []),
        # "amnesty": the immigration sense only
        ("Amnesty International condemned the raids.", []),
        ("AMNESTY INTERNATIONAL issued a report on detention.", []),
        ("The state declared a tax amnesty for late filers.", []),
        ("Police held a gun amnesty last month.", []),
        ("Critics call the bill amnesty for undocumented immigrants.", ["amnesty"]),
        ("Republicans oppose Obama's executive amnesty.", ["amnesty"]),
        # other policy labels and epithets
        ("Trump wants to end chain migration.", ["chain migration"]),
        # Label choice (codebook B), not loaded: find_label_choices finds it.
        ("Catch and release ends, said the border agency.", []),
        ("Anglers prefer catch-and-release fishing.", []),
        ("The slur anchor baby offends many families.", ["anchor baby"]),
        ("Fans braced for Trumpageddon.", ["Trumpageddon"]),
        # migration metaphors: only with a migration subject in the sentence
        ("Officials feared a flood of migrants.", ["flood"]),
        ("Flood warnings were issued for the county.", []),
        ("The river flooded the town.", []),
        ("A wave of layoffs hit the town.", []),
        ("A wave of layoffs hit immigrant workers.", []),
        ("The city absorbed a wave of immigrants.", ["wave"]),
        ("The heat wave hit migrant workers.", []),
        ("Congress tried to stem the tide of illegal immigration.", ["tide"]),
        ("The tide turned against the immigration bill.", []),
        ("A surge in border crossings alarmed officials.", ["surge"]),
        ("Shelters overflowed during the migrant surge.", ["surge"]),
        ("A surge in demand lifted prices.", []),
        ("The storm surge hit the coast where migrants live.", []),
        ("He asked for a surge of immigration judges.", []),
        ("An influx of refugees reached Greece.", ["influx"]),
        ("The influx of refugee applications slowed the office.", []),
        ("Hordes of migrants are a myth.", ["Hordes"]),
        ("Migrants are pouring in, the governor said.", ["pouring in"]),
        ("Donations poured in after the flood.", []),
        ("The invasion at the border must end, he said.", ["invasion"]),
        ("Trump called the caravan an invasion.", ["invasion"]),
        ("The invasion of Iraq began in 2003.", []),
        ("The home invasion terrified the family.", []),
        ("Critics called it an invasion of privacy.", []),
        ("Emigrating families wave Mexican flags at the border.", []),
    ],
)
def test_context_rules(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Undocumented immigrants pay taxes.",
            [("Undocumented immigrants", "undocumented")],
        ),
        (
            "Unauthorized workers fill the jobs.",
            [("Unauthorized workers", "unauthorized")],
        ),
        (
            "Families living in the country illegally",
            [("living in the country illegally", "illegally")],
        ),
        (
            "Illegal aliens, or undocumented aliens",
            [("Illegal aliens", "alien"), ("aliens", "alien")],
        ),
        ("Illegal immigrants", [("Illegal immigrants", "illegal")]),
    ],
)
def test_label_families(text, expected):
    assert [(m.text, m.label) for m in find_terms(text)] == expected


def test_find_terms_reports_neutral_labels_and_loaded_flag():
    text = "Undocumented immigrants, whom he calls illegal aliens, work here."
    found = [(m.term, m.loaded) for m in find_terms(text)]
    assert found == [("undocumented immigrant", False), ("illegal alien", True)]
    assert [m.term for m in find_loaded_terms(text)] == ["illegal alien"]


def test_match_fields_come_from_the_lexicon():
    (m,) = find_loaded_terms("They are illegal aliens.")
    entry = load_lexicon()["illegal alien"]
    assert (m.start, m.end, m.text) == (9, 23, "illegal aliens")
    assert (m.category, m.label, m.alternative, m.source) == (
        entry.category,
        entry.label,
        entry.alternative,
        entry.source,
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 0


def test_in_quote_curly_and_straight_marks():
    text = '“Illegal aliens go home,” he said. Later: "Illegals!" The illegals left.'
    assert [(m.text, m.in_quote) for m in find_loaded_terms(text)] == [
        ("Illegal aliens", True),
        ("Illegals", True),
        ("illegals", False),
    ]


def test_hard_wrapped_phrase_matches_across_a_line_break():
    text = "The report counted illegal\nimmigrants by county."
    assert loaded(text) == ["illegal\nimmigrants"]


@pytest.mark.parametrize("empty", [None, math.nan, float("nan"), ""])
def test_empty_input_gives_empty_list(empty):
    assert find_terms(empty) == []
    assert find_loaded_terms(empty) == []


def test_non_text_input_raises_type_error():
    with pytest.raises(TypeError, match="text must be a str"):
        find_terms(42)


def test_bad_lexicon_argument_raises_type_error():
    with pytest.raises(TypeError, match="lexicon must be a Lexicon"):
        find_terms("illegal aliens", lexicon=3)


def test_custom_lexicon_by_path_and_object(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "term,variants,category,loaded,alternative,source\n"
        "job killer,job[- ]killers?,epithet,true,costly regulation,my newsroom guide\n",
        encoding="utf-8",
    )
    text = "Critics call the rule a job killer; others call it illegal aliens policy."
    assert [m.term for m in find_loaded_terms(text, lexicon=path)] == ["job killer"]
    assert [m.term for m in find_loaded_terms(text, lexicon=str(path))] == [
        "job killer"
    ]
    lexicon = load_lexicon(path)
    assert isinstance(lexicon, Lexicon)
    assert [m.text for m in find_terms(text, lexicon)] == ["job killer"]


def test_earlier_entry_wins_and_later_entry_is_tried_when_rule_fails():
    # "an illegal" (noun rule) fails before "immigrant"; "illegal immigrant" then
    # matches one word later.
    assert loaded("He was an illegal immigrant.") == ["illegal immigrant"]


# --- the loaded-term set (same check as score_terms.py) -----------------------


def read_cases():
    with LOADED_CASES.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_loaded_term_set_has_enough_cases():
    cases = read_cases()
    assert len(cases) >= 40
    assert len({c["id"] for c in cases}) == len(cases)


@pytest.mark.parametrize("case", read_cases(), ids=lambda c: c["id"])
def test_loaded_term_set(case):
    text = case["text"]
    flags = [(m.start, m.end) for m in find_loaded_terms(text)]

    def spans_of(needle):
        start = text.find(needle)
        if start < 0:  # the scorer falls back to a case-insensitive search
            start = text.lower().find(needle.lower())
        assert start >= 0, f"{needle!r} not in {text!r}"
        return [(start, start + len(needle))]

    def overlaps(span):
        return any(a < span[1] and span[0] < b for a, b in flags)

    gold = [s for needle in case["loaded"] for s in spans_of(needle)]
    for span in gold:
        assert overlaps(span), f"missed {text[span[0] : span[1]]!r}"
    for needle in case["neutral"]:
        for span in spans_of(needle):
            assert not overlaps(span), f"flagged neutral {needle!r}"
    for a, b in flags:
        assert any(a < e and s < b for s, e in gold), f"spurious {text[a:b]!r}"


# --- properties ----------------------------------------------------------------

pieces = st.sampled_from(
    [
        "illegal",
        " aliens",
        " immigrants",
        "an illegal",
        " who",
        " amnesty",
        " International",
        " flood",
        " of migrants",
        " wave",
        " at the border",
        " said",
        '"',
        "“",
        "”",
        "’",
        "'",
        "-",
        ".",
        "\n",
        "\n\n",
        "\x00",
        "İ",
    ]
)


def check_matches(text, matches):
    assert isinstance(matches, list)
    for m in matches:
        assert isinstance(m, TermMatch)
        assert text[m.start : m.end] == m.text
        assert m.start < m.end
    spans = [(m.start, m.end) for m in matches]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(pieces, max_size=40).map("".join)))
def test_offsets_exact_on_any_text(text):
    check_matches(text, find_terms(text))
    loaded_only = find_loaded_terms(text)
    check_matches(text, loaded_only)
    assert loaded_only == [m for m in find_terms(text) if m.loaded]


def plain_matcher_terms(text, monkeypatch):
    # find_terms with the lexicon's one-pass alternation instead of the dispatch.
    matcher = load_lexicon().matcher
    with monkeypatch.context() as m:
        m.setattr(matcher, "_by_char", None, raising=True)
        return find_terms(text)


def test_dispatch_table_is_built_for_the_bundled_lexicon():
    by_char = load_lexicon().matcher._by_char
    assert set(by_char) >= set("iIaA")
    _pattern, indices = by_char["I"]
    entries = load_lexicon().entries
    assert list(indices) == sorted(indices)
    assert all(entries[i].term[0].lower() == "i" for i in indices[:3])


SAME_AS_MATCHER = [
    "The illegal aliens, or illegals, were an illegal immigrant's kin.",
    "Flood warnings came as a flood of migrants reached the town.",
    "An illegal, unconstitutional order; illegal immigration; illegal workers.",
    "Amnesty International opposed the tax amnesty and Obama's executive amnesty.",
    "Rep. Joe Roe (R-Texas) slammed the far-left plan, claiming it was an invasion.",
    "ILLEGAL ALIENS and Illegal Alien Act: the Alien and Sedition Acts of 1798.",
    "illegals crossed; (illegals) -illegals- ‘aliens’ xillegals illegals",
]


@pytest.mark.parametrize("text", SAME_AS_MATCHER)
def test_dispatch_gives_the_matcher_s_results(text, monkeypatch):
    assert find_terms(text) == plain_matcher_terms(text, monkeypatch)


def test_dispatch_gives_the_matcher_s_results_on_the_seed(seed_text, monkeypatch):
    assert find_terms(seed_text) == plain_matcher_terms(seed_text, monkeypatch)


@settings(max_examples=200, deadline=None)
@given(st.lists(pieces, max_size=40).map("".join))
def test_dispatch_gives_the_matcher_s_results_on_any_text(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert find_terms(text) == plain_matcher_terms(text, monkeypatch)


def test_one_megabyte_string_never_raises():
    unit = '“Illegal aliens,” he said of the flood of migrants. ‘Amnesty’ \x00 ’ " '
    text = unit * (1_000_000 // len(unit))
    matches = find_loaded_terms(text)
    check_matches(text, matches)
    per_unit = [m.text for m in find_loaded_terms(unit)]
    assert per_unit == ["Illegal aliens", "flood", "Amnesty"]
    assert len(matches) == 3 * (1_000_000 // len(unit))


# --- real copy (skipped without the development corpora) ----------------------


def test_allsides_corpus_offsets_exact():
    folder = shared_data_dir()
    path = folder / "allsides" / "immigration.csv.gz" if folder else None
    if path is None or not path.exists():
        pytest.skip("development corpora not available (set FRAMING_DATA)")
    pd = pytest.importorskip("pandas")
    df = pd.read_csv(path, keep_default_na=False, nrows=200)
    n_flags = 0
    for text in df["content_original"]:
        matches = find_loaded_terms(text)
        check_matches(text, matches)
        n_flags += len(matches)
    assert n_flags > 0


# --- other debates, generic entries and attribution verbs (issue 13) --------------


def test_seed_has_no_loaded_terms_of_other_debates(seed_text):
    found = find_loaded_terms(seed_text)
    assert {m.issue for m in found} == {"immigration"}
    assert find_loaded_terms(seed_text, issues=[None, "abortion", "guns"]) == []


def test_matches_carry_issue_and_leaning():
    text = "Pro-life groups cheered, and the far-left mayor called it a climate hoax."
    found = [(m.text, m.issue, m.leaning) for m in find_loaded_terms(text)]
    assert found == [
        ("Pro-life", "abortion", "right"),
        ("far-left", None, "right"),
        ("climate hoax", "climate", "right"),
    ]


def test_issues_restricts_to_debates():
    text = "Pro-life groups cheered, and the far-left mayor called it a climate hoax."
    assert [m.text for m in find_loaded_terms(text, issues="abortion")] == ["Pro-life"]
    assert [m.text for m in find_loaded_terms(text, issues=[None])] == ["far-left"]
    with pytest.raises(ValueError, match="abortion"):
        find_loaded_terms(text, issues=["abortoin"])


def test_neutral_labels_of_other_debates_are_found_not_flagged():
    text = "Anti-abortion and abortion-rights groups argued over the estate tax."
    found = [(m.text, m.loaded) for m in find_terms(text)]
    assert found == [
        ("Anti-abortion", False),
        ("abortion-rights", False),
        ("estate tax", False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders of NARAL Pro-Choice America met the senator.", []),
        ("The Partial-Birth Abortion Ban Act passed in 2003.", []),
        ("Critics call it partial-birth abortion.", ["partial-birth abortion"]),
        ("Pro-Choice activists marched on Sunday.", ["Pro-Choice"]),
    ],
)
def test_labels_inside_names_are_not_flagged(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We did nothing wrong," the mayor claimed.', ["claimed"]),
        ("The mayor claimed that the audit was rigged.", ["claimed"]),
        ("She claimed the seat that was left open.", []),
        ("The county claimed the land for a park.", []),
        ("Officials dismissed claims of fraud.", []),
        ('"No," she said. Organizers dismissed claims of fraud.', []),
        ("He conceded defeat on Wednesday night.", []),
        ("The senator blasted the plan, calling it a giveaway.", ["blasted"]),
        ("She admitted to the bar in 1998.", []),
        ('"This is a disgrace," the councilman fumed.', ["fumed"]),
        ("Farmers groused that the rule came too late.", ["groused"]),
        ("Diesel fumes filled the garage.", []),
        ("Biologists counted sage grouse on the ridge.", []),
        ("The mayor trumpeted that crime had fallen by half.", ["trumpeted"]),
        ("The band trumpeted a fanfare at noon.", []),
        ('The senator mocked the bill, calling it "a joke."', ["mocked"]),
        ("Students held a mock trial in the gym.", []),
        ("Democrats pounced on the audit, calling it proof.", ["pounced"]),
        ("Critics are sure to pounce if the launch slips.", []),
        ("The senator parroted the lobby's talking points.", ["parroted"]),
        ("Thick-billed parrots nest in the pines.", []),
        ("Schumer scolded Republicans for talking during the vote.", ["scolded"]),
        ('"Give me another word," the governor snapped.', ["snapped"]),
        ("Investors snapped up the bonds as a hedge.", []),
        (
            "The site kept peddling false claims about the vote.",
            ["peddling false claims"],
        ),
        ("Vendors were peddling counterfeit watches downtown.", []),
        ('"We were ignored," the union leaders bemoaned.', ["bemoaned"]),
    ],
)
def test_attribution_verbs_only_where_they_attribute(text, expected):
    assert loaded(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinics sued over the domestic gag rule.", ["gag rule"]),
        ("The president reinstated the global gag rule.", []),
        ("He backed the Pharmacist Gag Rule repeal.", []),
        ("The plan is trickle-down economics again.", ["trickle-down economics"]),
        ("Savings will trickle down to workers.", []),
        ("Parents fled the government schools.", ["government schools"]),
        ("The state government school budget grew.", []),
        ("He blamed cultural Marxism for it.", ["cultural Marxism"]),
        ("The bill bans dismemberment abortion.", ["dismemberment abortion"]),
        ("The wingnuts and lefties shouted at each other.", ["wingnuts", "lefties"]),
        ("The lefty reliever pitched the ninth.", []),
        (
            'Gun groups called it "an assault on the Constitution."',
            ["assault on the Constitution"],
        ),
        ("He was charged with assault on a police officer.", []),
        ("The GOP's latest assault on the health-care law failed.", []),
        ("The plan would eviscerate Medicare.", ["eviscerate"]),
        ("Leaders bulldozed through the objections.", ["bulldozed through"]),
        ("Farmers bulldozed old almond groves.", []),
        ("He was jailed for a strong-arm robbery.", []),
        ("Republicans could get steamrolled in November.", []),
    ],
)
def test_closed_labels_round6(text, expected):
    assert loaded(text) == expected


def test_attribution_verb_kinds():
    from framing.terms import attribution_verb

    assert attribution_verb("CLAIMED") == "doubt"
    assert attribution_verb(" lashing  out ") == "attack"
    assert attribution_verb("conceding") == "admission"
    assert attribution_verb("brags") == "boast"
    assert attribution_verb("trumpeted") == "boast"
    assert attribution_verb("Grumbling") == "complaint"
    assert attribution_verb("seethed") == "complaint"
    assert attribution_verb("ridiculed") == "attack"
    assert attribution_verb("bemoans") == "complaint"
    assert [attribution_verb(w) for w in ("chided", "snapped", "scolding")] == [
        "attack"
    ] * 3
    assert [attribution_verb(w) for w in ("said", "told", "stated", None, 3)] == [
        None
    ] * 5


def test_loaded_features_counts_by_category_and_voice(seed_text):
    from framing.terms import loaded_columns, loaded_features

    text = 'The far-left mayor insisted, "The radical left is right." Aliens landed.'
    row = loaded_features(text)
    assert list(row) == list(loaded_columns())
    assert row["loaded_partisan_epithet_author"] == 1
    assert row["loaded_partisan_epithet_quoted"] == 1
    assert row["loaded_attribution_verb_author"] == 1
    assert row["attribution_nonneutral"] == 1
    seed = loaded_features(seed_text)
    assert seed["loaded_status_label_author"] == 5
    assert seed["loaded_portmanteau_author"] == 1
    assert seed["loaded_status_label_quoted"] == 1
    assert sum(seed.values()) == 7


# --- issue 22: the author's voice, names and page furniture ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a transcript's turn is the speaker's voice
        "KATE BRAUMAN: The thing to me that is the most shocking is the picture.",
        # an evaluation given to others
        "What are deemed to be blatant examples of prejudice drew fire.",
        # a law's title in quotation marks is a name
        'He backed the House-sponsored "Heartbeat Bill" again.',
        # an embedded post is page furniture
        "No question about the climate crisis. — Jay Inslee (@JayInslee) "
        "October 16, 2019",
        # a side's own name inside its own quotation
        '"I am proud to be pro-life," the senator said.',
        # a capitalised label before an organisation's head noun is a name
        "Eric Johnston, head of the Alabama Pro-life Coalition, spoke.",
        # a side's name for itself, and a label mentioned as others'
        "Just 32 percent called themselves pro-choice, the poll found.",
        "The House pro-choice caucus met on Tuesday.",
        "Several states passed so-called heartbeat bills.",
        # scare quotes around an evaluative word: the writer's distance from it
        "Republicans call it a “slush fund” now.",
    ],
)
def test_not_the_author_s_loaded_language(text):
    assert find_loaded_terms(text) == []


def test_the_author_s_own_words_still_count():
    text = "It was a shocking reminder of the climate crisis. Pro-life activists met."
    assert [m.text for m in find_loaded_terms(text)] == [
        "shocking",
        "climate crisis",
        "Pro-life",
    ]


def test_embedded_post_signatures_are_found_once_per_text(monkeypatch):
    # issue 20: on a text without paragraph breaks, searching the paragraph for a
    # post signature per flagged term made a 1 MB text 23x slower than 100 kB.
    import framing.terms.rules as rules

    calls = collections.Counter()
    real = rules._POST_SIGNATURE

    class Counting:
        def finditer(self, *args):
            calls["finditer"] += 1
            return real.finditer(*args)

        def match(self, *args):
            calls["match"] += 1
            return real.match(*args)

    monkeypatch.setattr(rules, "_POST_SIGNATURE", Counting())
    post = "Stop it now. — Ann Roe (@annroe) May 2, 2019\n\n"
    text = post + "\n\n".join(["The illegals came, the reporter wrote."] * 100)
    flags = find_loaded_terms(text)
    # The signatures were looked for once, not once per flagged term.
    assert len(flags) == 100
    assert calls["finditer"] == 1
