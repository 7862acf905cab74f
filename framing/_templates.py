"""HTML markup for :func:`framing.highlight`; every value is escaped by the caller."""

TPL_STYLE = """
<style>
.framing-doc { font: 16px/1.6 Georgia, 'Times New Roman', serif; max-width: 46em;
  color: #1b1b1b; white-space: pre-wrap; }
.framing-doc mark.term { background: #ffd7a8; border-bottom: 2px solid #d9822b;
  padding: 0 .1em; }
.framing-doc mark.term.neutral { background: #e3eefb; border-bottom-color: #5b8dd6; }
.framing-doc span.quote { border-radius: 3px; }
.framing-doc span.quote.direct { background: var(--side-bg); }
.framing-doc span.quote.indirect { border-bottom: 2px dashed var(--side-line); }
.framing-doc .side-enforcement { --side-bg: #f6dede; --side-line: #b33a3a; }
.framing-doc .side-immigrant_rights { --side-bg: #dcefe0; --side-line: #2f7d4a; }
.framing-doc .side-unknown { --side-bg: #ececec; --side-line: #777; }
.framing-doc .speaker { font: 11px/1.2 system-ui, sans-serif; color: #fff;
  background: var(--side-line); border-radius: 3px; padding: 0 .3em;
  margin-right: .2em; vertical-align: .15em; white-space: nowrap; }
.framing-legend { font: 12px/1.5 system-ui, sans-serif; margin: .5em 0 1em; }
.framing-legend span { margin-right: 1em; padding: 0 .3em; }
</style>
"""

TPL_LEGEND = (
    '<div class="framing-legend">'
    '<span><mark class="term">loaded term</mark></span>'
    '<span><mark class="term neutral">neutral label</mark></span>'
    '<span class="side-enforcement" style="background:var(--side-bg)">'
    "quote: enforcement side</span>"
    '<span class="side-immigrant_rights" style="background:var(--side-bg)">'
    "quote: immigrant-rights side</span>"
    '<span class="side-unknown" style="background:var(--side-bg)">'
    "quote: side unknown</span>"
    '<span style="border-bottom:2px dashed #777">reported speech</span>'
    "</div>"
)

TPL_DOC = '<div class="framing-doc">{body}</div>'

TPL_TERM = '<mark class="{cls}" title="{title}">{body}</mark>'

TPL_QUOTE = '<span class="quote {kind} side-{side}" title="{title}">{body}</span>'

TPL_SPEAKER = '<span class="speaker">{label}</span>'

TPL_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
{style}
</head>
<body>
{legend}
{doc}
</body>
</html>
"""
