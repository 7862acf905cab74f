"""HTML markup for :func:`framing.highlight`; every value is escaped by the caller.

The legend and the article sit in one ``framing-view`` block and every colour rule
is scoped to that block, so a legend key is styled by the very rule that styles the
marks it explains (``tests/test_view.py`` checks this by matching the selectors).
"""

TPL_CSS = """\
.framing-view .framing-doc { font: 16px/1.6 Georgia, 'Times New Roman', serif;
  max-width: 46em; color: #1b1b1b; white-space: pre-wrap; }
.framing-view mark.term { background: #ffd7a8; border-bottom: 2px solid #d9822b;
  color: inherit; padding: 0 .1em; }
.framing-view mark.term.neutral { background: #e3eefb;
  border-bottom-color: #5b8dd6; }
.framing-view span.quote { border-radius: 3px; }
.framing-view span.quote.direct { background: var(--side-bg); }
.framing-view span.quote.indirect { border-bottom: 2px dashed var(--side-line); }
.framing-view .side-enforcement { --side-bg: #f6dede; --side-line: #b33a3a; }
.framing-view .side-immigrant_rights { --side-bg: #dcefe0; --side-line: #2f7d4a; }
.framing-view .side-unknown { --side-bg: #ececec; --side-line: #777; }
.framing-view .speaker { font: 11px/1.2 system-ui, sans-serif; color: #fff;
  background: var(--side-line); border-radius: 3px; padding: 0 .3em;
  margin-right: .2em; vertical-align: .15em; white-space: nowrap; }
.framing-view .framing-legend { font: 12px/1.5 system-ui, sans-serif;
  margin: .5em 0 1em; }
.framing-view .framing-key { display: inline-block; margin-right: 1em; }
"""

TPL_STYLE = "\n<style>\n{css}</style>\n"

TPL_VIEW = '<div class="framing-view">{legend}{doc}</div>'

TPL_LEGEND = '<div class="framing-legend">{keys}</div>'

TPL_KEY = '<span class="framing-key"><{tag} class="{cls}">{label}</{tag}></span>'

TPL_DOC = '<div class="framing-doc">{body}</div>'

TPL_MARK = '<{tag} class="{cls}" title="{title}">{body}</{tag}>'

TPL_SPEAKER = '<span class="speaker">{label}</span>'

TPL_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
{style}
</head>
<body>
{view}
</body>
</html>
"""
