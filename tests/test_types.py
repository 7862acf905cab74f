"""Source types as the shared codebook (section C) defines them, on our own sentences.

Each test names the kind of evidence it checks: an office named in the article, an
organisation's name, a role given with the person, a citizen by what they do.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import sources
from framing.voices import SOURCE_TYPES, _office_type, source_type


def types_of(text):
    table = sources(text).table
    return {row.name: row.type for row in table.itertuples()}


def type_of(text, name):
    """The type of the one source whose name ends with ``name``."""
    found = [t for n, t in types_of(text).items() if n.endswith(name)]
    assert len(found) == 1, types_of(text)
    return found[0]


# ---------------------------------------------------------------------------
# Appointed offices: government (codebook C), whatever else a table says


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # A cabinet secretary who was a senator: the office held now decides.
        (
            "In a statement, Secretary of State John Kerry said the decision was near.",
            "John Kerry",
            "government",
        ),
        (
            "Marta Olsen, the state's secretary of state, said ballots were mailed.",
            "Marta Olsen",
            "government",
        ),
        (
            "Health Secretary Dana Whitfield told reporters the plan was ready.",
            "Dana Whitfield",
            "government",
        ),
        # An attorney general stays a politician (GMMP: a cabinet minister is one;
        # the seed article's Attorney General Jeff Sessions is documented so).
        (
            "Attorney General Paul Brandt said the state would appeal.",
            "Paul Brandt",
            "politician",
        ),
        # A senator is a politician, even one who held an office later.
        (
            "Sen. Jeff Sessions said the bill would fail.",
            "Jeff Sessions",
            "politician",
        ),
    ],
)
def test_office_named_in_the_article_decides(text, name, expected):
    assert type_of(text, name) == expected


def test_a_former_office_does_not_decide():
    assert _office_type("former Secretary of State") == "unknown"
    assert _office_type("Secretary of State") == "government"
    assert _office_type("Sen.") == "politician"


def test_white_house_staff_are_government():
    text = "A senior White House official said the talks had stalled."
    assert types_of(text) == {"A senior White House official": "government"}
    assert source_type("the White House") == "government"


# ---------------------------------------------------------------------------
# Any input


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60), st.text(max_size=40))
def test_office_type_takes_any_text(title, affiliation):
    assert _office_type(title, affiliation) in SOURCE_TYPES


# ---------------------------------------------------------------------------
# Organisation names by their shape; staff take their organisation's type


@pytest.mark.parametrize(
    ("name", "affiliation", "expected"),
    [
        # A trade group: an industry word before Association, Council, ...
        ("Tom Reyes", "president of the Ohio Timber Association", "business"),
        ("Gail Moss", "a lobbyist for the National Trucking Council", "business"),
        # A company: "and Co", "Inc", "Holdings".
        ("Ravi Shah", "Beacon and Co analyst", "business"),
        ("Lena Ortiz", "a spokeswoman for Northgate Holdings", "business"),
        # A broadcaster by its call sign or channel.
        ("Jo Park", "a reporter for WKRN-TV", "media"),
        ("FOX 12", None, "media"),
        # Staff of a named think tank or group speak for it.
        ("Ann Lee", "a senior fellow at the Brookings Institution", "expert"),
        ("Ben Cole", "a policy analyst for the ACLU", "advocacy"),
        # A lawyer stays a lawyer (GMMP occupation), with or without a group.
        ("Ben Cole", "a lawyer for the ACLU", "legal"),
        ("Ben Cole", "a lawyer in Denver", "legal"),
        # An association without an industry word stays advocacy.
        ("Rita Vega", "director of the Tenants Association", "advocacy"),
    ],
)
def test_organisation_shapes_and_their_staff(name, affiliation, expected):
    assert source_type(name, affiliation) == expected


def test_a_title_inside_the_name_types_it():
    assert source_type("acting Secretary of Defense Pat Shanahan") == "government"
    assert source_type("Sen. Ann Roe") == "politician"


# ---------------------------------------------------------------------------
# Role nouns from the codebook's type definitions and GMMP occupations


@pytest.mark.parametrize(
    ("affiliation", "expected"),
    [
        ("a migrant from Honduras", "citizen"),
        ("who rents an apartment with her aunt", "citizen"),
        ("a psychologist at the clinic", "expert"),
        ("a Democratic political consultant", "expert"),
        ("publisher of a legal blog", "media"),
        ("the speaker of the house", "politician"),
        ("a climate negotiator for the island nation", "government"),
        ("a guard at the prison", "law_enforcement"),
        ("a gun dealer in Ohio", "business"),
        ("a hospital chaplain", "religious"),
    ],
)
def test_role_nouns(affiliation, expected):
    assert source_type("Sam Lee", affiliation) == expected


# ---------------------------------------------------------------------------
# Gender: words before the given name that are no given name; listed people


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("NPR's Elise Hu", "female"),  # an outlet's possessive
        ("acting Secretary of Defense Patrick Shanahan", "male"),  # a title
        ("Senior Fellow Henry Aaron", "male"),
        ("Avik Roy", "unknown"),  # a given name no table lists decides nothing
        ("a Stanford history expert", "unknown"),  # a description, not a name
        ("Jordan Ellis", "unknown"),  # a name given to both sexes
    ],
)
def test_first_name_after_words_that_are_no_given_name(name, expected):
    from framing.voices import source_gender

    assert source_gender(name) == expected


def test_a_listed_public_figure_keeps_her_name_gender_over_a_stray_pronoun():
    from framing.officials import load_officials

    # politicians.csv lists her without a gender: the first name decides.
    assert load_officials().find("Hillary Clinton").gender == "female"
    text = (
        "Former Democratic presidential candidate Hillary Clinton said the plan "
        "was unfair. Bill Clinton called his own plan fair."
    )
    genders = {row.name: row.gender for row in sources(text).table.itertuples()}
    assert genders["Hillary Clinton"] == "female"


def test_newspaper_mastheads_are_not_people():
    text = "The Pittsburgh Post-Gazette reported that the clinic would close."
    table = sources(text).table
    assert table.gender.tolist() == ["none"]
    assert table.type.tolist() == ["media"]


# ---------------------------------------------------------------------------
# What no table row types: agencies, an official's staff, people with no role


def test_kinds_of_sources_no_table_row_types():
    from framing.officials import kind_of_source

    assert kind_of_source("Food and Drug Administration") == "government"
    assert kind_of_source("Plymouth Marine Laboratory") == "expert"
    # An official's spokesman or aide is appointed staff; another one is not.
    assert kind_of_source("Sean Ruston", "", "Cruz spokesman") == "government"
    assert kind_of_source("Sean Ruston", "", "Acme spokesman") == "unknown"
    # A person named with nothing said of them speaks for themselves ...
    assert kind_of_source("Julie Ludlum") == "citizen"
    # ... but not a name-shaped phrase that is no person, nor a description.
    assert kind_of_source("Monitor Stories") == "unknown"
    assert kind_of_source("the plan") == "unknown"


def test_an_ordinary_person_quoted_without_a_role_is_a_citizen():
    text = '"We waited four hours," Julie Ludlum said. "Nobody came."'
    assert types_of(text) == {"Julie Ludlum": "citizen"}


def test_the_apposition_decides_before_other_mentions():
    text = (
        "Nurses said residents were tired. Dan Rowe, the program director at "
        "Mercy General Hospital, said the hospital needed help."
    )
    assert type_of(text, "Dan Rowe") == "expert"


def test_a_described_source_takes_the_gender_of_its_description():
    from framing.voices import source_gender

    assert source_gender("one councilman") == "male"
    assert source_gender("a woman in the ad") == "female"
    assert source_gender("a Stanford history expert") == "unknown"
    text = "One source said the deal was close. A guard said the gate stayed shut."
    genders = {row.name: row.gender for row in sources(text).table.itertuples()}
    # One person whose gender the article does not give: unknown, not a group.
    assert genders == {"One source": "unknown", "A guard": "unknown"}


def test_a_country_speaks_through_its_government():
    from framing.voices import source_gender

    text = "China said the tariffs would hurt both sides. He added nothing."
    table = sources(text).table
    assert table[["name", "type", "gender"]].values.tolist() == [
        ["China", "government", "none"]
    ]
    assert source_gender("Norway", pronouns=["he"]) == "none"
    # Jordan is also a surname: not taken for the country.
    assert source_gender("Jordan", pronouns=["he"]) == "male"


def test_a_person_with_only_untyped_words_around_is_a_citizen_not_a_spokesman():
    from framing.officials import kind_of_source

    assert kind_of_source("Sophia Babb", "junior | show support for them") == "citizen"
    assert kind_of_source("Sophia Babb", "", "a spokeswoman") == "unknown"


def test_words_before_a_preposition_in_a_lead_describe_someone_else():
    assert source_type("Dana Hale", description="Lawyers for actress") == "citizen"
    assert source_type("Ann Roe", description=", a lawyer for the firm") == "legal"


# ---------------------------------------------------------------------------
# Round 5: staff of a named organisation no table lists, outlets


@pytest.mark.parametrize(
    ("affiliation", "expected"),
    [
        # An NGO the table does not list: codebook C, "NGOs and their staff".
        ("president of Families for Quiet Streets", "advocacy"),
        ("director of outreach at the Tenants Rights Council of Ohio", "advocacy"),
        # Its name says what it is.
        ("a spokesman for the 5th Fleet", "government"),
        ("director of the Bureau of Land Records", "government"),
        ("vice president of Harlow Construction Co", "business"),
        ("director of research at the Center for Housing Studies", "expert"),
        ("a member of the Ohio Assembly", "politician"),
        ("a spokeswoman for the Ohio Court of Appeals", "legal"),
        ("chairman of the Federal Reserve", "government"),
        # An official's staff are appointed; a name that may be anyone decides
        # nothing, nor does a country before the organisation.
        ("a spokeswoman for Sen. Ann Roe", "government"),
        ("a spokesman for Scott", "unknown"),
        ("head of Hispanic outreach", "unknown"),
        ("director of U.S. programs at the Center for Housing Studies", "expert"),
    ],
)
def test_staff_of_a_named_organisation_take_its_type(affiliation, expected):
    assert source_type("Dana Holt", affiliation) == expected


def test_staff_of_a_named_organisation_in_an_article():
    text = (
        '"We will keep fighting," said Dana Holt, director of public policy at '
        "the Parents for Safer Roads Council. Residents agreed."
    )
    assert type_of(text, "Dana Holt") == "advocacy"


def test_outlets_rated_by_allsides_are_media_and_their_writers_people():
    text = (
        "Townhall reported that the border wall was behind schedule. "
        'RedState’s Sarah Rumpf wrote that "nobody believes the schedule."'
    )
    table = sources(text).table.set_index("name")
    assert table.loc["Townhall", ["type", "gender"]].tolist() == ["media", "none"]
    rumpf = [n for n in table.index if "Rumpf" in n]
    assert table.loc[rumpf[0], ["type", "gender"]].tolist() == ["media", "female"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One described person: the pronoun that opens their reported clause.
        ("A nurse at Mercy General said she was told to stay home.", "female"),
        ("One dairy farmer claims he lost half his herd.", "male"),
        # A gendered noun before a participle; a person noun after an institution.
        ('"Leave us alone," said one mother speaking at the meeting.', "female"),
        ("A Riverside College of Nursing lecturer says he was warned.", "male"),
        # A group or a document stays no person.
        ("Another statement from the retailer said it was sorry.", "none"),
        ("The Department of Justice said it would appeal.", "none"),
    ],
)
def test_one_described_person_takes_the_gender_the_text_gives(text, expected):
    table = sources(text).table
    assert table.gender.tolist() == [expected], table


def test_known_people_typed_by_the_office_they_held_last():
    text = (
        'Kathleen Sebelius said the website would be fixed. "It will work," '
        "said Julián Castro."
    )
    assert types_of(text) == {
        "Kathleen Sebelius": "government",
        "Julián Castro": "politician",
    }


def test_an_officials_own_spokesman_is_government():
    text = (
        "Gov. Ann Roe vetoed the bill. Her spokesman, Dale Park, said the veto "
        "would stand. Park said his spokesman duties ended in May."
    )
    assert type_of(text, "Dale Park") == "government"


def test_a_role_inside_a_named_organisation_is_no_role_of_the_person():
    from framing.voices import source_type

    role = "President of the American Federation of Teachers"
    assert source_type(title=role, description=role) == "advocacy"


@pytest.mark.parametrize(
    ("affiliation", "expected"),
    [
        ("chairman of the Lake County board of commissioners", "politician"),
        ("a member of the Dayton school board", "politician"),
        ("a health insurance specialist", "expert"),
    ],
)
def test_local_elected_bodies_and_specialists(affiliation, expected):
    assert source_type("Dana Holt", affiliation) == expected


def test_a_place_before_based_is_no_government():
    from framing.officials import kind_of_source

    assert kind_of_source("Iowa") == "government"
    assert kind_of_source("Iowa-based Acme") == "unknown"
