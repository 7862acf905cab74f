import re

from framing.lexicon import load_lexicon
from framing.view import highlight


def test_seed_view_marks_terms_and_quotes(seed_text, tmp_path):
    view = highlight(seed_text)
    body = view.body
    # five "illegal immigrant(s)", "Trumpocalypse" and Sessions' "aliens"
    assert body.count('<mark class="term"') == 7
    assert body.count('class="quote direct side-enforcement"') >= 3
    assert "Jessica Vaughan · enforcement" in body
    assert "instead: undocumented immigrant" in body
    assert view._repr_html_().endswith(body)
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
        'bad word,bad words?,"epithet"" onmouseover=""x",,true,none,'
        '"<img src=x onerror=alert(1)>",Me,\n',
        encoding="utf-8",
    )
    page = highlight("Two bad words here.", lexicon=load_lexicon(path)).html
    assert "<img" not in page and 'onmouseover="x' not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_empty_and_missing_text():
    assert highlight(None).text == ""
    assert '<div class="framing-doc"></div>' in highlight("").html
