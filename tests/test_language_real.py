"""Loaded language and frame cues that hold on real news (issue 22): the data files.

The sentences below are written for these tests; no corpus text is used. Tests that
read the AllSides corpus (offsets of the hand-read sample) skip without it.
"""

import csv
import importlib.resources
import os
import re

import pytest
from conftest import ROOT, shared_data_dir
from hypothesis import given
from hypothesis import strategies as st

from framing import find_loaded_terms, load_lexicon
from framing.frames import FRAMES

DATA = importlib.resources.files("framing") / "data"
EMOTIVE = os.fspath(DATA / "emotive.csv")
SAMPLE = ROOT / "benchmarks" / "loaded_sample.md"


def _rows(name):
    with open(os.fspath(DATA / name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _emotive(text):
    """Emotive flags (the list's rule keeps the author's voice only)."""
    return [m.text for m in find_loaded_terms(text, lexicon=EMOTIVE)]


# --- emotive.csv: a sourced, versioned list -------------------------------------


def test_emotive_list_loads_in_the_lexicon_schema():
    lexicon = load_lexicon(EMOTIVE)
    assert len(lexicon) >= 40
    assert {e.category for e in lexicon} == {"emotive"}
    assert all(e.loaded for e in lexicon)


def test_every_emotive_row_names_its_source_kind_and_version():
    rows = _rows("emotive.csv")
    for row in rows:
        assert row["source"].strip(), row["term"]
        assert row["alternative"].strip(), row["term"]
        assert row["kind"] in {"evaluative", "dramatising"}, row["term"]
        assert re.fullmatch(r"\d+\.\d+\.\d+", row["since"]), row["term"]
    # Words the codebook itself lists as emotive are all in the list.
    terms = {r["term"] for r in rows}
    codebook = {"draconian", "disastrous", "scheme", "bizarre", "heartless"}
    assert codebook | {"shocking", "slam-dunk", "radical policy"} <= terms


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The governor's draconian order shut every park.", ["draconian"]),
        ("The council unveiled a scheme to help donors.", ["scheme"]),
        ("It was a disastrous rollout for the agency.", ["disastrous"]),
        ("The senator has a radical agenda for the schools.", ["radical agenda"]),
        ("The plan drew a whopping 40 amendments.", ["whopping"]),
        ("Regulators caved to the industry last spring.", ["caved"]),
    ],
)
def test_emotive_words_in_the_author_voice_are_flagged(sentence, flagged):
    assert _emotive(sentence) == flagged


@pytest.mark.parametrize(
    "sentence",
    [
        "He ran a Ponzi scheme for a decade.",
        "Workers pay into the state pension scheme.",
        "In the grand scheme of things the vote was minor.",
        "The plan covers catastrophic illness and catastrophic coverage.",
        "Disastrous storms flooded the coast in March.",
        "The roof of the mine caved in on Tuesday.",
        "Radical surgery is rarely needed, the doctor said.",
        "The bill passed the Senate by a vote of 52 to 48.",
    ],
)
def test_ordinary_news_vocabulary_is_not_emotive(sentence):
    assert _emotive(sentence) == []


def test_emotive_words_of_a_speaker_are_not_the_author_s():
    quoted = 'The mayor said the rule was "draconian and bizarre."'
    reported = "Critics called it a scheme and said the rollout was disastrous."
    scare = "The “draconian” rules took effect in May."
    assert find_loaded_terms(quoted, lexicon=EMOTIVE) == []
    assert find_loaded_terms(reported, lexicon=EMOTIVE) == []
    # scare quotes distance the writer from the word: not the author's either
    assert find_loaded_terms(scare, lexicon=EMOTIVE) == []


def test_find_loaded_terms_has_emotive_words_by_default():
    text = "The draconian order, the mayor said, would stay."
    matches = find_loaded_terms("It was a draconian order.")
    assert [(m.text, m.category) for m in matches] == [("draconian", "emotive")]
    assert find_loaded_terms("It was a draconian order.", emotive=False) == []
    assert find_loaded_terms(text) == []  # reported speech: the mayor's word


@given(
    st.text(alphabet=st.sampled_from(list("ab scheme,.\"'-DraconianX")), max_size=60)
)
def test_emotive_offsets_are_exact_for_any_text(text):
    for m in find_loaded_terms(text, lexicon=EMOTIVE):
        assert text[m.start : m.end] == m.text


# --- loaded labels outside immigration (issue 22) ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The liberal mainstream media ignored the story.", "liberal media"),
        ("He railed against activist judges in Iowa.", "activist judges"),
        ("Campus snowflakes demanded safe spaces.", "snowflakes"),
        ("The gang-bangers fled before police arrived.", "gangbangers"),
        ("Anti-gun Democrats pushed the bill.", "anti-gun"),
        ("The city faces job-destroying rules on trucks.", "job-killing"),
    ],
)
def test_labels_outside_immigration_are_found(sentence, term):
    assert [m.term for m in find_loaded_terms(sentence)] == [term]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mainstream media covered the hearing.",
        "A snowflake fell on the windshield.",
        "Anti-gun-violence groups marched in Denver.",
    ],
)
def test_labels_outside_immigration_leave_neutral_uses_alone(sentence):
    assert find_loaded_terms(sentence) == []


# --- kinds that recur across debates (issue 22, second round) ----------------------


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The governor decried the ruling as cruel to tenants.", ["decried"]),
        ("Critics lambasted the plan as a giveaway to insurers.", ["lambasted"]),
        ("The senator tore into the mayor for closing the schools.", ["tore into"]),
        (
            "She railed against the tax bill, saying it hurt renters.",
            ["railed against"],
        ),
        ("The lawmaker trashed the budget for keeping the old rates.", ["trashed"]),
        ('"We won," the chairman gloated after the vote.', ["gloated"]),
        (
            "In an email, the mayor confessed that she had not read the bill.",
            ["confessed"],
        ),
        ("The ad took a swipe at the governor's record.", ["swipe at"]),
        ("Storms have grown stronger since 1950, the report also claims.", ["claims"]),
        ("Democrats complained about the rates being temporary.", ["complained"]),
    ],
)
def test_attribution_verbs_of_every_kind_are_found(sentence, flagged):
    assert [m.text for m in find_loaded_terms(sentence)] == flagged


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm savaged the coast on Friday.",
        "Vandals trashed the office over the weekend.",
        "A rooster crowed at dawn.",
        "He confessed to the robbery in 2019.",
        "The rail line runs past the old mill.",
        # the author's own concession or a demand judges no one's statement
        "I readily admit that the plan has merits.",
        "For the sake of argument, we concede that the law worked.",
        "Democrats should admit that they lost.",
    ],
)
def test_attack_verbs_of_no_statement_are_not_flagged(sentence):
    assert find_loaded_terms(sentence) == []


def test_attribution_verb_kinds_cover_every_form():
    from framing.terms import attribution_verb

    got = [
        attribution_verb(w)
        for w in ("decried", "Pilloried", "tore into", "confesses", "gloating")
    ]
    assert got == ["attack", "attack", "attack", "admission", "boast"]


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Democrat lawmakers blocked the measure.", "Democrat (adjective)"),
        ("The pro-abortion lobby spent millions.", "pro-abortion"),
        ("Has-beens like the former speaker want a comeback.", "has-beens"),
        ("He blamed the Deep State for the leaks.", "Deep State"),
        ("Schools are pushing the gay agenda, the flyer said.", "gay agenda"),
        ("Democrats accused the party of a war on women.", "war on women"),
        ("Party hacks wrote the rules.", "partisan insults"),
        ("More states pass laws protecting the unborn.", "unborn child"),
        ("The students want common sense gun laws.", "common-sense gun laws"),
    ],
)
def test_epithets_and_labels_of_every_debate_are_found(sentence, term):
    assert [m.term for m in find_loaded_terms(sentence)] == [term]


@pytest.mark.parametrize(
    "sentence",
    [
        "Democrat Joe Manchin voted against the bill.",
        "The pro-life movement marched in January.",
        "Russia's political elite got the vaccine first.",
        "Students who hold extreme views are protected, the court held.",
        "The hard work still lies ahead.",
        "He was charged with animal cruelty.",
        "The former judge resigned in disgrace in 1973.",
        "He was criminally prosecuted in May.",
        "Ventilators are desperately needed in the city.",
        "Her brother is a sports fanatic.",
        "The clinic offers a Pap smear at no cost.",
        "Climate models can become extraordinarily complicated.",
        "The GOP has long opposed big government.",
        "In a Gallup poll, 48 percent identified as pro-choice.",
        "Speakers at the American Association of Pro-life Obstetricians met.",
        "Trump accused the mayor of being reckless with the budget.",
        "The notice was blasted to the caucus this morning.",
        "Critics could claim that the law reaches too far.",
        "Self-employed workers can now file, expanding the number of claims.",
        "The patient complained of chest pain.",
        "Leaders of the Committee on the Climate Crisis met on Monday.",
        'Voters split, describing themselves as "pro-choice" and "pro-life."',
        "Trump regularly called the senator a liar.",
        "The scan shows the patient the unborn life inside her.",
        "Much of the administration's anti-LGBTQ agenda is in trouble.",
        "Democrats have their own nightmare scenario.",
        "The borrowers say some colleges lied to them about jobs.",
        "The paper acted with reckless disregard of the truth.",
        "The epithet “climate denier” has always been tasteless.",
        "The pro-abortion rights group condemned the vote.",
        "Voters came to believe that the gun laws are tyrannical.",
        "She considers the principal and his team to be heartless.",
        "The groups wrote in their letter: Lawmakers should reject ludicrous claims.",
    ],
)
def test_plain_senses_of_the_new_words_are_not_flagged(sentence):
    assert find_loaded_terms(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The rule has a loophole for churches.", ["loophole"]),
        ("It fixes the broken health care system.", ["broken health care system"]),
        ("The agency issued woefully inadequate rules.", ["woefully inadequate"]),
        ("The state funds critically needed repairs.", ["critically needed"]),
        ("It is a cruel policy that splits families.", ["cruel"]),
        ("The ads are full of lies about the tax plan.", ["lies"]),
        ("The campaign spent a week on its bogus numbers.", ["bogus"]),
        ("Small firms are strangled by red tape.", ["strangled"]),
    ],
)
def test_new_emotive_words_in_the_author_voice_are_flagged(sentence, flagged):
    assert _emotive(sentence) == flagged


def test_new_emotive_words_of_a_speaker_are_not_the_author_s():
    assert _emotive('"It is a cruel policy," the mayor said.') == []
    assert _emotive("Critics said the rule had a loophole for churches.") == []
    # a transcript's turn under a speaker's name in lower case, a chat handle and a
    # text handed over with "reads:" are others' words
    turn = "The host asked.\n\njane doe\n\nThe reality is that it was a catastrophe."
    chat = "Intro.\n\nsam.lee: And the plan was a disaster scheme."
    letter = "They wrote.\n\nThe letter reads:\n\nDear editors, the rule is cruel."
    assert _emotive(turn) == _emotive(chat) == _emotive(letter) == []


# --- third round: whose view, which sense (kinds of the hand-read sample) -----------


@pytest.mark.parametrize(
    "sentence",
    [
        # a poll's category: the respondents' own label
        "In the poll, 48% said they were pro-life and 45% pro-choice.",
        "In 1999, “pro-choice” led “pro-life” by 20 points.",
        # an evaluation a report, a prediction or a portrayal gives to others
        "The audit described a city agency riddled with waste and incompetence.",
        "Activists publish predictions of imminent catastrophe every year.",
        "Rivals try to paint the mayor as heartless on housing.",
        "The talking points about sabotage fell flat with voters.",
        # a plain sense read from the neighbours
        "Unless there is a shocking final twist, the bill passes on Friday.",
        "My own view is somewhat less cynical than his.",
        "She spoke in her usual no-nonsense tone.",
        "Families there face catastrophic medical expenditures each year.",
        "The Court upheld the federal ban on partial-birth abortion in 2007.",
        # a demand, not a statement judged
        "The board insisted that the report be made public.",
        "They insist that nothing be done before the election.",
    ],
)
def test_third_round_kinds_are_not_flagged(sentence):
    assert find_loaded_terms(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The pro-life lawmakers in the poll's home state voted no.", ["pro-life"]),
        ("It was a shocking decision to close the clinic.", ["shocking"]),
        ("The senator insisted that the plan would be fine.", ["insisted"]),
        ("He claimed Mr. Smith had no say in the deal.", ["claimed"]),
        ("It is a plan that Mayor Lee claims would cut costs.", ["claims"]),
        ("Voters they claim to care about pay more.", ["claim"]),
        ("Republicans vowed to gut Obamacare's subsidies.", ["gut Obamacare"]),
        ("That talking point is utterly bogus.", ["bogus"]),
        ("Partial-birth abortion returned to the debate.", ["Partial-birth abortion"]),
        ("The tax scheme is nonsense.", ["scheme", "nonsense"]),
    ],
)
def test_third_round_kinds_keep_their_loaded_uses(sentence, flagged):
    assert [m.text for m in find_loaded_terms(sentence)] == flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The governor's misguided plan closed two clinics.", ["misguided"]),
        ("The mayor took a heavy-handed approach to the protests.", ["heavy-handed"]),
        ("The ad is disingenuous about the cost.", ["disingenuous"]),
        ("It was a colossal waste of money.", ["waste"]),
        ("The vote was a political stunt before the election.", ["stunt"]),
        ("The hearing was an hour of grandstanding.", ["grandstanding"]),
        ("Alas, the agency never answered.", ["Alas"]),
        ("The group keeps peddling myths about the vaccine.", ["peddling"]),
        ("The primary became a bloodbath for the party.", ["bloodbath"]),
        ("The cancelled plans were one more broken promise.", ["broken promise"]),
        ("The ruling would eviscerate the voting law.", ["eviscerate"]),
        ("Premiums have skyrocketed since the law passed.", ["skyrocketed"]),
        ("The delay is inexcusable for a state this rich.", ["inexcusable"]),
        ("The rule is a textbook case of federal overreach.", ["overreach"]),
        ("The deal relies on budget gimmicks to hide the cost.", ["gimmicks"]),
    ],
)
def test_emotive_rows_of_version_0_4_0_are_flagged(sentence, flagged):
    assert _emotive(sentence) == flagged


@pytest.mark.parametrize(
    "sentence",
    [
        "He was arrested for strong-arm robbery in May.",
        "Street peddlers sold water near the stadium.",
        "Critics derided the plan as misguided.",
        '"It is a callous decision," the senator said.',
        "The storm left the town in a vicious cycle of repairs.",
        "The rookie played in gimmick roles for a season.",
        "Intro.\n\nREP. RAÚL LABRADOR: That delay is inexcusable.",
    ],
)
def test_emotive_rows_of_version_0_4_0_leave_plain_and_ascribed_uses(sentence):
    assert _emotive(sentence) == []


# --- frame data: cues to add, names and idioms that block a cue ----------------------


def test_frame_blocks_compile_and_name_a_frame_and_source():
    for row in _rows("frame_blocks.csv"):
        pattern = re.compile(row["expression"], re.IGNORECASE)
        assert pattern.groups == 0, row["expression"]
        assert not pattern.fullmatch("")
        assert row["blocks"] in FRAMES, row["blocks"]
        assert row["source"].strip()


@pytest.mark.parametrize(
    ("phrase", "frame"),
    [
        ("his mother-in-law", "legality"),
        ("the court of public opinion", "legality"),
        ("pay attention to", "economic"),
        ("a good faith effort", "morality"),
        ("a politically charged debate", "crime_punishment"),
        ("assault weapons ban", "crime_punishment"),
        ("a campaign war chest", "security_defense"),
        ("the company Seventh Generation Inc.", "cultural_identity"),
    ],
)
def test_each_block_kind_matches_its_example(phrase, frame):
    blocks = [
        r["expression"] for r in _rows("frame_blocks.csv") if r["blocks"] == frame
    ]
    assert any(
        re.search(rf"(?<!\w)(?:{b})(?!\w)", phrase.replace("-", " "), re.IGNORECASE)
        for b in blocks
    )


def test_generation_is_blocked_only_inside_a_name():
    (row,) = [r for r in _rows("frame_blocks.csv") if "generation" in r["expression"]]
    pattern = re.compile(row["expression"], re.IGNORECASE)
    assert pattern.search("Seventh Generation Inc. makes soap")
    assert not pattern.search("a new generation of voters")


# --- the hand-read sample: ids and offsets only -------------------------------------

_ROW = re.compile(
    r"^\| (\d+) \| (\S+) \| (\d+) \| (\d+) \| ([^|]+?) \| [^|]+ \| [^|]+ \| (yes|no) \|"
    r" (right|wrong|) \|"
)


def _sample_rows():
    if not SAMPLE.exists():
        return []
    return [
        m.groups()
        for line in SAMPLE.read_text().splitlines()
        if (m := _ROW.match(line))
    ]


def test_sample_file_keeps_no_article_text():
    rows = _sample_rows()
    if not rows:
        pytest.skip("benchmarks/loaded_sample.md not drawn yet")
    assert len(rows) == 100
    for _, _, start, end, flag, _, _ in rows:
        assert len(flag) <= 3 * (int(end) - int(start)) + 10  # the flag, no context


def test_sample_offsets_point_at_the_flag_in_the_corpus():
    data = shared_data_dir()
    rows = _sample_rows()
    if data is None or not (data / "allsides" / "issues.csv.gz").exists() or not rows:
        pytest.skip("needs the AllSides corpus and the drawn sample")
    import pandas as pd

    df = pd.read_csv(data / "allsides" / "issues.csv.gz", keep_default_na=False)
    texts = dict(zip(df["id"], df["content_original"], strict=True))
    for _, art, start, end, flag, _, _ in rows:
        got = " ".join(texts[art][int(start) : int(end)].split())
        assert got == flag.replace("/", "|") or got == flag, (art, start)


# --- a BABE-style check on sentences written for this test ----------------------------
# Spinde et al. (2021) had experts mark the words that make a news sentence biased.
# These sentences are self-written in that style (not BABE's own): each BIASED one has
# one expert-style word, each NEUTRAL one is ordinary news copy with words a careless
# tool might flag (scheme, radical, catastrophic, caved, surge).

BIASED = [
    ("The mayor's draconian curfew emptied the streets.", "draconian"),
    ("Lawmakers rammed through a bill nobody had read.", "rammed through"),
    ("The agency's disastrous rollout left millions waiting.", "disastrous"),
    ("It was a bizarre decision to close the clinic.", "bizarre"),
    ("The senator's heartless plan would cut school lunches.", "heartless"),
    ("The governor caved to the teachers' union.", "caved"),
    ("The council unveiled a scheme to raise parking fees.", "scheme"),
    ("Critics call it a cynical ploy to win votes.", "cynical ploy"),
    ("The report was a whopping 900 pages long.", "whopping"),
    ("The ruling is a travesty for working families.", "travesty"),
    ("His speech was pure fearmongering about crime.", "fearmongering"),
    ("The bill is a power grab by state officials.", "power grab"),
    ("The radical proposal would abolish the agency.", "radical proposal"),
    ("The rollout became a fiasco within a week.", "fiasco"),
    ("The governor's outrageous veto angered nurses.", "outrageous"),
    ("The liberal media ignored the audit.", "liberal media"),
    ("The senator claimed that the vote was rigged.", "claimed"),
    ("Illegal aliens crossed the river at night.", "Illegal aliens"),
    ("The mayor slammed critics for blocking the plan.", "slammed"),
    ("The chain's job-killing mandate takes effect in May.", "job-killing"),
    # kinds added in the second round (attribution, epithets, emotive, metaphor)
    ("Democrat leaders pushed the bill through at midnight.", "Democrat leaders"),
    ("The governor decried the ruling as an attack on families.", "decried"),
    ("The ad is full of lies about the program.", "lies"),
    ("The new rule is a loophole for every large insurer.", "loophole"),
    ("It is a cruel policy that separates families.", "cruel"),
    ("Has-beens in the party want one more term.", "Has-beens"),
    ("The pro-abortion lobby opposed the bill.", "pro-abortion"),
    ("The bill is an assault on religious liberty.", "assault on religious liberty"),
    ("The senator trashed the report for ignoring costs.", "trashed"),
    ("The agency issued wildly unpopular mandates.", "wildly unpopular"),
]
NEUTRAL = [
    "The Senate passed the bill by a vote of 52 to 48 on Tuesday.",
    "The state pension scheme pays retirees each month.",
    "The plan covers catastrophic illness after a deductible.",
    "Radical surgery is rarely needed for the condition, doctors said.",
    "The roof of the old mine caved in after the rain.",
    "The storm surge flooded the harbor overnight.",
    "He was admitted to the hospital with a broken arm.",
    "The team claimed the title after a late goal.",
    "The company reported a loss of $2 million in the quarter.",
    "Officials said the new rules take effect in January.",
    "The court heard arguments on the law's second clause.",
    "Police arrested two men after the robbery, a spokesman said.",
    "The governor signed the budget on Friday evening.",
    "Researchers surveyed 1,200 adults for the study.",
    "The school board will meet again next month.",
    "Turnout rose in three of the five counties.",
    "The clinic added weekend hours in March.",
    "Prices for eggs fell for a second month.",
    "The Affordable Care Act marketplace opens on Nov. 1.",
    "Obamacare enrollment rose by 4 percent this year.",
    "The city plans to repave 40 miles of roads.",
    "The agency hired 300 new inspectors last year.",
    "Voters in the district elected a new mayor.",
    "The mayor said the plan would cost $5 million.",
    "The bill would ban the sale of assault weapons in the state.",
    "Ponzi schemes cost investors billions, the report found.",
    "The senator introduced a measure to fund rural broadband.",
    "The judge delayed the trial until June.",
    "Officials expect a surge in tax filings in April.",
    "The university raised tuition by 3 percent.",
    "In the grand scheme of things, the delay was short.",
    "The committee will vote on the nominee next week.",
    "The report said two thirds of clinics had closed.",
    "Firefighters contained the blaze by noon.",
    "The train to Boston was delayed by an hour.",
    "The study found no link between the two.",
    "A new generation of voters registered this fall.",
    "The ship docked in Seattle on Monday.",
    "Growers expect a smaller harvest this year.",
    "The hearing lasted more than four hours.",
    # plain senses of the words added in the second round
    "Democrat Joe Manchin voted against the bill.",
    "The pro-life movement held its march in January.",
    "He was charged with animal cruelty.",
    "The hardest work still lies ahead.",
    "The senator resigned in disgrace in 1973.",
    "Ventilators are desperately needed in the city, officials said.",
    "He was criminally prosecuted for fraud in May.",
    "The clinic offers free Pap smear tests.",
    "Her brother is a sports fanatic.",
    "Russia's political elite received the vaccine first.",
]


def _all_flags(text):
    """Loaded language as the shared codebook counts it: labels, epithets,
    attribution verbs and metaphors anywhere, emotive words in the author's voice."""
    return find_loaded_terms(text)


def test_babe_style_biased_words_are_found():
    hits = 0
    for sentence, word in BIASED:
        start = sentence.index(word)
        end = start + len(word)
        hits += any(m.start < end and start < m.end for m in _all_flags(sentence))
    assert hits >= 0.9 * len(BIASED), hits  # 90 % of the expert-style words


def test_neutral_news_sentences_stay_unflagged():
    flagged = [s for s in NEUTRAL if _all_flags(s)]
    assert len(flagged) <= 0.05 * len(NEUTRAL), flagged
