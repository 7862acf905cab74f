import html
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import framing
from framing import _templates as tpl
from framing.lexicon import load_debates, load_lexicon
from framing.view import Layer, Mark, _render, highlight


def test_seed_view_marks_terms_and_quotes(seed_text, tmp_path):
    view = highlight(seed_text)
    body = view.body
    # five "illegal immigrant(s)", "Trumpocalypse" and Sessions' "aliens"
    assert body.count('<mark class="term"') == 7
    assert body.count('class="quote direct side-enforcement"') >= 3
    assert "Jessica Vaughan · enforcement" in body
    assert "instead: undocumented immigrant" in body
    assert body in view._repr_html_()
    page = view.save(tmp_path / "seed.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")


def test_article_text_renders_inert():
    text = (
        'He said, "<script>alert(1)</script>" and " onmouseover="x the illegals left.'
    )
    page = highlight(text).html
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'onmouseover="x' not in page
    # every tag in the page is one of ours
    tags = set(re.findall(r"<([a-zA-Z]+)", page))
    assert tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "div",
        "span",
        "mark",
    }


def test_user_lexicon_fields_are_escaped_in_tooltips(tmp_path):
    path = tmp_path / "lex.csv"
    path.write_text(
        "term,variants,category,label,loaded,context,alternative,source,note\n"
        '"bad word"" onmouseover=""x",bad words?,epithet,,true,none,'
        '"<img src=x onerror=alert(1)>",Me,\n',
        encoding="utf-8",
    )
    page = highlight("Two bad words here.", lexicon=load_lexicon(path)).html
    assert "<img" not in page and 'onmouseover="x' not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_empty_and_missing_text():
    assert highlight(None).text == ""
    assert '<div class="framing-doc"></div>' in highlight("").html


# ---------------------------------------------------------------------------
# Legend and page use one set of colour rules (issue #11 item 8)

_DECL = re.compile(r"\s*([-\w]+)\s*:\s*([^;]+?)\s*(?:;|$)")
_VAR = re.compile(r"var\((--[-\w]+)\)")
_COLOUR_PROPS = ("background", "border-bottom", "border-bottom-color", "color")


def _rules(css):
    """(selector, specificity, order, declarations) for each rule of ``css``."""
    rules = []
    for order, match in enumerate(re.finditer(r"([^{}]+)\{([^}]*)\}", css)):
        decls = dict(_DECL.findall(match.group(2)))
        for selector in match.group(1).split(","):
            selector = selector.strip()
            specificity = (
                selector.count("."),
                len(re.findall(r"(?:^|\s)\w", selector)),
            )
            rules.append((selector, specificity, order, decls))
    return rules


def _computed(element, rules, soup):
    """The element's declarations after the cascade, with var() resolved."""

    def own(el):
        hits = [r for r in rules if el in soup.select(r[0])]
        style = {}
        for _, _, _, decls in sorted(hits, key=lambda r: (r[1], r[2])):
            style.update(decls)
        return style

    style = own(element)
    custom = {}
    for el in [*reversed(list(element.parents)), element]:
        if getattr(el, "name", None):
            custom.update({k: v for k, v in own(el).items() if k.startswith("--")})
    return {
        k: _VAR.sub(lambda m: custom.get(m.group(1), "UNSET"), v)
        for k, v in style.items()
        if k in _COLOUR_PROPS
    }


def test_legend_keys_have_the_colours_of_the_marks_they_explain():
    bs4 = pytest.importorskip("bs4")
    text = (
        'Jessica Vaughan said, "Illegal immigrants cost us." Mayor Ann Lee said '
        '"we welcome undocumented immigrants." The officials said that the aliens '
        "would leave."
    )
    view = highlight(text)
    soup = bs4.BeautifulSoup(view.html, "html.parser")
    rules = _rules(soup.style.string)
    keys = soup.select(".framing-legend .framing-key > *")
    assert [k.get_text() for k in keys] == [
        "quote: enforcement side",
        "quote: immigrant-rights side",
        "quote: side unknown",
        "reported speech",
        "loaded term",
        "neutral label",
    ]
    seen = 0
    for key in keys:
        classes = key["class"]
        in_doc = [
            el
            for el in soup.select(f".framing-doc {key.name}.{'.'.join(classes)}")
            if el["class"] == classes
        ]
        # the legend's key and a mark with the same classes look the same
        expected = _computed(key, rules, soup)
        assert expected, f"no colour rule reaches the legend key {classes}"
        assert "UNSET" not in str(expected), (classes, expected)
        for mark in in_doc:
            assert _computed(mark, rules, soup) == expected, classes
            seen += 1
    # the text has a loaded term, a neutral label, an enforcement direct quote and
    # reported speech, so most keys were compared with a real mark
    assert seen >= 4


def test_legend_shows_the_colours_it_names():
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup(highlight("x", issue="immigration").html, "html.parser")
    rules = _rules(soup.style.string)
    colour = {
        k.get_text(): _computed(k, rules, soup)
        for k in soup.select(".framing-legend .framing-key > *")
    }
    assert colour["loaded term"]["background"] == "#ffd7a8"
    assert colour["neutral label"]["background"] == "#e3eefb"
    assert colour["quote: enforcement side"]["background"] == "#f6dede"
    assert colour["quote: immigrant-rights side"]["background"] == "#dcefe0"
    assert colour["reported speech"]["border-bottom"] == "2px dashed #777"


# ---------------------------------------------------------------------------
# Plain mode: the article with no marks (instructors' warm-up)


def test_plain_view_shows_the_seed_without_marks(seed_text, tmp_path):
    view = highlight(seed_text, marks=False, title="Warm-up")
    assert view.body == tpl.TPL_DOC.format(body=html.escape(seed_text))
    page = view.save(tmp_path / "plain.html").read_text(encoding="utf-8")
    for absent in ("<mark", 'class="quote', 'class="speaker', '"framing-legend"'):
        assert absent not in page
    assert "<title>Warm-up</title>" in page


def test_plain_view_escapes():
    view = highlight('<script>alert("x")</script> illegal aliens', marks=False)
    assert "<script>" not in view.html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in view.body


# ---------------------------------------------------------------------------
# Extra layers (the frames layer plugs in here)


def test_extra_layer_nests_between_quotes_and_terms_and_joins_the_legend():
    text = 'The senator said, "Illegal aliens are a threat to our safety."'
    threat = text.index("Illegal")
    layer = Layer(
        "cues",
        [Mark(threat, len(text) - 2, "cue security", "security frame cue")],
        legend=(("cue security", "frame cue: security"),),
        css=".framing-view span.cue.security { outline: 1px solid #63c; }\n",
    )
    view = highlight(text, layers=[layer])
    assert (
        '<span class="cue security" title="security frame cue">'
        '<mark class="term" title="illegal alien' in view.body
    )
    assert view.body.index('class="quote direct') < view.body.index('class="cue')
    assert (
        '<span class="framing-key"><span class="cue security">'
        "frame cue: security</span></span>" in view.legend
    )
    assert "span.cue.security { outline" in view.html


@pytest.mark.parametrize(
    ("start", "end"), [(-1, 3), (5, 4), (0, 99)], ids=["negative", "reversed", "past"]
)
def test_extra_layer_offsets_are_checked(start, end):
    layer = Layer("bad", [Mark(start, end, "x")])
    with pytest.raises(ValueError, match=r"Layer 'bad': mark .* outside the text"):
        highlight("Short text here.", layers=[layer])


def test_overlapping_marks_in_one_layer_first_listed_wins():
    text = "aaaa bbbb cccc"
    layer = Layer("l", [Mark(0, 9, "one"), Mark(5, 14, "two")], tag="mark")
    assert _render(text, [layer]) == (
        '<div class="framing-doc"><mark class="one" title="">aaaa </mark>'
        '<mark class="one" title="">bbbb</mark>'
        '<mark class="two" title=""> cccc</mark></div>'
    )


def _strip(body):
    """Article text back from rendered markup: drop badges and tags, unescape."""
    body = re.sub(r'<span class="speaker">[^<]*</span>', "", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_two_megabyte_article_renders_completely():
    # Linear rendering: a per-mark scan of every piece would be ~10^10 steps here.
    paragraph = (
        'Officials said the illegal immigrants were held. "We followed the law," '
        "the sheriff said, adding that <undocumented immigrants> & families waited.\n"
    )
    text = paragraph * (2_000_000 // len(paragraph) + 1)
    step = len(paragraph)
    quotes = Layer(
        "quotes",
        [
            Mark(i + 50, i + 69, "quote direct", "q", badge="sheriff")
            for i in range(0, len(text) - step + 1, step)
        ],
    )
    terms = Layer(
        "terms",
        [Mark(i + 19, i + 38, "term") for i in range(0, len(text) - step + 1, step)]
        + [
            Mark(i + 106, i + 130, "term neutral")
            for i in range(0, len(text) - step + 1, step)
        ],
        tag="mark",
    )
    n = len(quotes.marks)
    assert len(text) >= 2_000_000 and n > 12_000
    body = _render(text, [quotes, terms])
    assert _strip(body) == text
    assert body.count('<span class="speaker">sheriff</span>') == n
    assert body.count('<mark class="term" title="">') == n
    assert body.count('<mark class="term neutral" title="">') == n
    extra = n * (
        len('<span class="quote direct" title="q"></span>')
        + len('<span class="speaker">sheriff</span>')
        + len('<mark class="term" title=""></mark>')
        + len('<mark class="term neutral" title=""></mark>')
    )
    escaped = len(html.escape(text))
    assert len(body) == len(tpl.TPL_DOC.format(body="")) + escaped + extra


pieces = st.sampled_from(
    ["illegal", " aliens", " immigrants", " said", '"', "“", "”", "<", "&", "\n"]
)


@given(st.one_of(st.text(max_size=300), st.lists(pieces, max_size=40).map("".join)))
def test_any_text_renders_back_to_itself(text):
    view = highlight(text)
    assert _strip(view.body) == text
    assert _strip(highlight(text, marks=False).body) == text


def test_cli_highlight_plain_writes_the_unmarked_seed(seed_text, tmp_path):
    from framing.cli import main

    out = tmp_path / "plain.html"
    assert main(["highlight", "--plain", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert html.escape(seed_text) in page
    assert "<mark" not in page and 'class="speaker' not in page


@pytest.mark.parametrize("value", [42, 3.5, b"bytes", ["a list"]])
def test_non_text_gives_an_empty_view_with_a_warning(value):
    with pytest.warns(UserWarning, match=r"highlight: text must be a str"):
        view = highlight(value)
    assert view.text == "" and view.body == '<div class="framing-doc"></div>'


# ---------------------------------------------------------------------------
# The debate's sides: legend and colours for any debate


SIDES_TEXT = (
    '"We will fight this," said Sen. Ann Roe, a Democrat. "No," said Rep. Bo Park, '
    "a Republican. A spokesman said the plan was dead."
)


def _side_view_checks(view, sides):
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup(view.html, "html.parser")
    rules = _rules(soup.style.string)
    keys = soup.select(".framing-legend .framing-key > span.quote")
    words = [k.get_text() for k in keys]
    assert words == [
        *(f"quote: {s.replace('_', '-')} side" for s in sides),
        "quote: side unknown",
        "reported speech",
    ]
    colours = []
    for key in keys:
        style = _computed(key, rules, soup)
        assert style and "UNSET" not in str(style), (key["class"], style)
        colours.append(str(style))
    assert len(set(colours[: len(sides)])) == len(sides)  # sides look different
    marks = soup.select(".framing-doc span.quote") + soup.select(
        ".framing-doc .speaker"
    )
    assert marks
    for mark in marks:
        style = _computed(mark, rules, soup)
        assert style and "UNSET" not in str(style), (mark.get("class"), style)


@pytest.mark.parametrize("issue", list(load_debates()))
def test_every_debate_s_sides_have_a_legend_and_colours(issue):
    view = highlight(SIDES_TEXT, issue=issue)
    _side_view_checks(view, load_debates()[issue].sides)


def test_a_debate_is_detected_from_topic_words():
    text = "The gun bill stalled; gun owners and the NRA cheered. " + SIDES_TEXT
    assert "quote: gun-rights side" in highlight(text).legend
    assert highlight(text).html == highlight(text, issue="guns").html


def test_an_unknown_debate_is_an_error_naming_the_known_ones():
    with pytest.raises(framing.InputError, match="known debates are immigration"):
        highlight(SIDES_TEXT, issue="imigration")


def test_a_user_s_debate_gets_colours_too(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text(
        "pattern,kind,side,source\nAnn Roe,person,more_housing,test row\n"
        "Bo Park,person,neighborhood_control,test row\n",
        encoding="utf-8",
    )
    view = highlight(SIDES_TEXT, actors=path)
    _side_view_checks(view, ("more_housing", "neighborhood_control"))
    assert 'class="quote direct side-more_housing"' in view.body


def test_page_furniture_is_greyed_and_counted():
    # issue 21: furniture is shown, greyed, and is neither quote nor source.
    import framing

    text = (
        "Read more: Ten things about the border\n\n"
        'Sen. Ann Roe said the wall was costly. "It is a waste," Roe said.\n\n'
        "Follow us on Twitter for more news."
    )
    view = highlight(text)
    assert view.body.count('<span class="furniture"') == 2
    assert "page furniture (not analysed)" in view.legend
    assert "span.furniture" in view.css
    share = framing.article_features(text, features=["furniture"])["furniture_share"]
    assert share == pytest.approx((38 + 35) / len(text))
    assert "furniture" not in highlight("The council met.").legend
