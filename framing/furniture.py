"""Page furniture: the parts of a scraped news page that are not the article.

Scraped news text keeps what surrounded the article on its page: embedded tweets
with their "— Name (@handle) Month D, YYYY" line, photo captions and credits
("Enlarge this image toggle caption ...", "(Chris Carlson/AP)"), link lines
("Read more", "MORE:", "RELATED:", "( Also on POLITICO: ...)"), "Story highlights",
newsletter and follow prompts, "Write to ... at ...", "Story Continued Below",
"ADVERTISEMENT", correction and editor's notes, funding notes, bylines and
contributor lines, copyright lines and a headline repeated at the top. No source,
quote, frame or loaded term should come from them.

`furniture_spans` finds them by the shape of a whole line (a paragraph of the
text), with a few inline link asides. Every pattern is a kind of furniture seen in
the shared gold's ``clutter`` lists and our own coded AllSides articles
(``tests/data/real_dev/furniture.jsonl``); the words are ours (judgement).
Measured by ``benchmarks/furniture_eval.py``.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["FURNITURE_KINDS", "furniture_spans"]

FURNITURE_KINDS = (
    "advertisement",
    "bio",
    "byline",
    "caption",
    "continued",
    "copyright",
    "correction",
    "funding",
    "headline",
    "highlights",
    "link",
    "newsletter",
    "timestamp",
    "tweet",
    "write_to",
)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|"
    r"Oct\.?|Nov\.?|Dec\.?)"
)
_AGENCY = r"(?:AP|Reuters|Getty Images|AFP|EPA|Bloomberg|UPI|Shutterstock|iStock|Pool)"

# Whole lines, by kind. Each is matched against one stripped line.
_LINE_RULES: tuple[tuple[str, str], ...] = (
    # CNN's "Story highlights" and its first bullet on one line; the next bullets
    # are lines of a headline's shape after it (`_beside_furniture`)
    ("highlights", r"(?i:story highlights)(?: .{2,300})?"),
    (
        "advertisement",
        r"(?i:advertisement(?: continue reading the main story)?:?|skip ad|"
        r"sponsored(?: content)?|"
        r"analysis/opinion:?|opinion:|more on this\.{0,3})"
        # a poll widget: "Do you believe ...? Vote Now", "Vote Here"
        r"|.{0,300}\bVote (?:Now|Here|in (?:the |Our )?Poll)\b:?"
        # a quiz promoted between paragraphs: "How much do you know about ...? A quiz."
        r"|.{0,200}\? (?:A|Take (?:our|the|this)) quiz\.?"
        # an outlet's own section promoted in the article, and the heads of its
        # template (Yahoo News "The 360": coded as clutter in the shared gold)
        r"|[“\"]The 360[”\"] shows you .{0,160}"
        r"|What[’']s (?:happening|next)|Why there[’']s debate|Perspectives"
        # an ad slot's label (The Washington Post)
        r"|AD",
    ),
    (
        "continued",
        r"(?i:story continued below|continue reading(?: the main story| below)?\.?|"
        r"article continues below(?: advertisement)?)",
    ),
    (
        "newsletter",
        r"(?:Sign up for .{0,80}|.{0,80}\bSign up for (?:our|the) .{0,200}|"
        r"Get the .{0,80} delivered to your inbox.{0,120}|"
        # a membership appeal: "Support Vox's explanatory journalism"
        r"Support (?:(?:[A-Z][\w.]+ ){0,2}[A-Z][\w.]+[’']s|our) .{0,40}journalism\.?|"
        r"Subscribe (?:to|for|now).{0,120}|(?:Follow|Like) .{0,80} on "
        r"(?:Twitter|Facebook|Instagram).{0,200}|Follow @\w+\.?|Join .{0,60} on "
        r"Facebook.{0,120}|(?:CLICK|Click) (?:HERE|here)\b.{0,120}|Read or Share this "
        r"story:.{0,80}|Manage Newsletters|Download the .{0,60} app.{0,60}|"
        r"Newsletter Sign Up.{0,600})",
    ),
    (
        "copyright",
        r"(?:(?:Copyright|\(c\)|©).{0,160}|.{0,120}All [Rr]ights [Rr]eserved\.?|"
        r"Reprinted (?:from|with permission) .{2,300})",
    ),
    (
        "write_to",
        r"(?:Write to .{2,120} at .{2,120}|.{0,80}\bcan be reached at .{2,160}|"
        r"(?:Contact|Email) (?:the )?(?:author|reporter|us) .{0,120}|"
        r"Send (?:a tip|tips|letters|us a tip) .{0,160})",
    ),
    (
        "byline",
        r"(?:[•⦁·*]\s*)?(?:.{2,160} contributed (?:to )?this (?:report|story|article)"
        r"\.?|This (?:report|story|article) includes (?:material|reporting) from "
        r".{2,80}|(?:Additional )?[Rr]eporting by .{2,120}|Editing by .{2,120}|"
        r"(?:H/T|h/t|Via|HT) [A-Z].{0,60}|Contributing: .{2,200}|"
        r"By [A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}(?:,? (?:and|&) [A-Z][\w.’'-]+"
        r"(?: [A-Z][\w.’'-]+){0,3})*(?:,? [A-Z][\w ]{0,40})?)",
    ),
    (
        "correction",
        r"(?:Corrections?(?: (?:&|and) [A-Z]\w+)?(?::.{0,300})?|"
        r"Editor[’']?s[’']? [Nn]ote:?.{0,400}|An earlier version of this .{0,400}|"
        r"This (?:article|story|post) "
        r"(?:has been|was|initially|originally|will be) .{0,400}|This report has been "
        r"(?:updated|corrected).{0,300}|This is a developing "
        r"story.{0,200}|Update(?:d)?(?: at)? \d.{0,120}|UPDATE:.{0,200}|Here[’']s our "
        r"original post:?)",
    ),
    (
        "funding",
        r"(?:The Associated Press (?:receives|is) .{0,80}(?:support|solely "
        r"responsible).{0,300}|"
        r".{0,120} is supported by .{0,120} [Ff]oundation.{0,200})",
    ),
    (
        "caption",
        rf"(?:(?:Enlarge this image|toggle caption|Image caption|Media playback is "
        rf"unsupported|Media caption|JUST WATCHED|CLOSE |Photo:|Image:|Video:|"
        rf"Hide caption|Caption:|FILE PHOTO:|Expand |Facebook Twitter Pinterest )"
        rf".{{0,400}}|"
        # a picture's or a player's label alone on its line, an embedded document
        rf"(?:Photos?|Image|Video|Audio|Slideshow(?: \(\d+ Images?\))?)|"
        rf".{{2,120}} (?:on|via) Scribd|"
        # an AP-style caption: "Students leave ... Friday, March 13, 2020, in
        # Spokane, Wash." (an article says "on Friday" and rarely gives the year)
        rf".{{10,400}}(?<!\bon )\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
        rf"{_MONTH} \d{{1,2}}, \d{{4}}(?:,? (?:in|at|near|outside) .{{2,200}})?|"
        rf".{{10,400}}(?:REUTERS|Reuters|AP|AFP)/[A-Z][\w. -]{{2,60}}"
        rf"(?:/File Photo)?|"
        rf".{{10,400}}\(Photo: [^()]{{2,80}}\)|"
        # a credit closing a long caption: "... (Colin Mulvany/The Spokesman-Review
        # via AP)"
        rf".{{10,600}}\((?:[A-Z][\w.’'-]+ ){{1,3}}[A-Z][\w.’'-]+/[A-Z][^()]{{1,60}}\)|"
        rf".{{10,400}} (?:VPC|© [A-Z][\w .’'-]{{1,40}}(?:/[A-Z][\w .’'-]{{1,40}})?)|"
        # a video player left as its site's name: "NPR YouTube"
        rf"(?:[A-Z][\w.&]+ ){{1,3}}YouTube|"
        rf".{{10,400}}[a-z.] [A-Z][a-z]+ [A-Z][\w.-]+ for (?:The )?[A-Z][\w ]{{2,40}}|"
        rf".{{10,400}}\((?:AP Photo/|Photo: )?"
        rf"[^()]{{0,80}}/{_AGENCY}[^()]{{0,40}}\)|.{{10,300}}[A-Z][a-z]+ [A-Z][\w.-]+"
        rf"(?:/| for | via ){_AGENCY}(?: via [\w ]+)?|\((?:[A-Z][\w.]+\.com|Photo "
        rf"credit.{{0,60}})\)|(?:[A-Z][\w.-]+ ){{1,3}}/ ?{_AGENCY}(?: file)?)",
    ),
    (
        "link",
        r"(?:\(\s*)?(?:RELATED|Related|READ MORE|Read [Mm]ore|MORE|READ|SEE ALSO|See "
        r"also|Also on [A-Z][\w]+|PHOTOS|VIDEO|WATCH|SPECIAL COVERAGE|REPORT|Go "
        r"deeper|Recommended|Trending|LISTEN|POLL|RELATED VIDEO|Related Video)\b\s*"
        r"(?::|\.\.\.|—)\s*.{0,200}|Related Coverage .{2,200}"
        # a related story by date, as USA Today inserts them: "Jan. 30: Polar
        # vortex strikes Midwest", "May 6:Georgia governor signs ..." (a timeline
        # of the article's own, "December 21: Doctors notice ...", ends its
        # entries with a stop and is left alone)
        rf"|{_MONTH} \d{{1,2}}:(?=\S).{{5,300}}"
        rf"|{_MONTH} \d{{1,2}}: (?:\S+ ){{1,24}}\S*[^\s.!…”\"’')\]]"
        # a related story in brackets on its own line: "( Understanding Obamacare:
        # POLITICO's guide to the ACA)"
        r"|\(\s*[A-Z][^()\n.!?]{4,150}\)"
        # pointers to what the page showed or will add: "Full list here.", "More to
        # follow...", "You can watch his remarks below:", "(Climatewire, Aug. 17,
        # 2019)" -- a story referred to by outlet and date
        r"|Full (?:list|story|text|transcript|video|interview|statement) (?:here|"
        r"below)\.?|More to follow\.{0,3}|Here[’']s more (?:about|on) .{2,60}:"
        r"|\(?\s*(?:You can )?(?:[Ww]atch|[Ll]isten to|[Rr]ead) .{2,120} (?:below|"
        r"above|here)\b.{0,80}"
        rf"|\([A-Z][\w&.’' -]{{1,40}}, {_MONTH} \d{{1,2}}, \d{{4}}\)",
    ),
    (
        "timestamp",
        rf"(?:\d{{1,2}} (?:minutes?|hours?|days?|weeks?|months?|years?) ago|"
        rf"(?:Updated|Published|Posted|Last updated)(?: on| at)?:? "
        rf".{{0,60}}\d.{{0,40}}|"
        rf"{_MONTH} \d{{1,2}}, \d{{4}}(?:,? \d{{1,2}}:\d\d ?[ap]\.?m\.?.{{0,20}})?)",
    ),
)
_LINES = tuple((kind, re.compile(pattern)) for kind, pattern in _LINE_RULES)
# An embedded tweet's signature: "— Philip Schiller (@pschiller) October 30, 2014".
_TWEET_SIGNATURE = re.compile(
    rf"[—–-]\s*[^()\n]{{1,80}}\(@\w{{1,20}}\)\s*{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
)
_PIC = re.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+")
# A headline of links in capitals: "HOUSE OKS BORDER BILL AFTER PELOSI REVERSES".
_CAPS_LINE = re.compile(r"[^a-z]{6,200}")
_UPPER_WORDS = re.compile(r"[A-Z][A-Z’'-]+")
# Inline asides: "( Also on POLITICO: ...)", "(RELATED: ...)".
_INLINE_LINK = re.compile(
    r"\(\s*(?:RELATED|Related|READ MORE|Read more|MORE|SEE ALSO|Also on [A-Z][\w]+|"
    r"PHOTOS|VIDEO|WATCH|LISTEN)\s*:[^()\n]{2,200}\)"
    # a story referred to by outlet and date: "(Climatewire, Aug. 17, 2019)"
    rf"|\([A-Z][\w&.’' -]{{1,40}}, {_MONTH} \d{{1,2}}, \d{{4}}\)"
    # A contact sentence ending a bio: "He can be reached at ... @handle."
    r"|(?<![^\s])(?:He|She|They|[A-Z][a-z]+) can be reached at [^\n]{2,200}"
    # A block of links glued to a name, to its "MORE" or the end of the line:
    # "Donald John TrumpFederal judge halts ... MORE", "Rafael (Ted) Edward Cruz..."
    r"|(?:[A-Z][a-z]+ (?:\([A-Z][a-z]+\) )?){2,3}(?P<last>[A-Z][a-z]{2,})(?=[A-Z][a-z])"
    r"[^\n]{20,}?(?:\bMORE\b|$)"
)
# A contributor's note: "• Joseph Curl covered ...", "Rich Lowry is editor of
# National Review.", read at the top or the end of the article.
# "X is/was ..." must name a role ("Marvia Gray was charged with ..." closing a
# story is the story).
_BIO = re.compile(
    r"[•⦁]\s*[A-Z].{10,500}|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3},? (?:(?:covered|"
    r"writes)\b.{5,300}|(?:is|was|served|has been)\b.{0,200}?\b(?:editor|writer|"
    r"columnist|reporter|correspondent|contributor|fellow|author|professor|director|"
    r"host|producer|analyst|founder|journalist|economist|scholar|researcher|"
    r"lecturer|attorney|lawyer|chair(?:man|woman)?|president|associate|senior|"
    r"commentator|blogger|strategist|consultant|advis[eo]r)s?\b.{0,300})\."
)
# How a contributor's note starts (without the rest of _BIO, which backtracks).
_BIO_HEAD = re.compile(
    r"[•⦁]|[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3},? (?:is|was|"
    r"covered|writes|served|has been)\b"
)
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*$")
_MAX_HEADLINE_WORDS = 25


def furniture_spans(text: Any) -> list[tuple[int, int, str]]:
    r"""Return the page furniture of a scraped article as (start, end, kind).

    Parameters
    ----------
    text : str
        Any text. None, NaN or a non-str give an empty list.

    Returns
    -------
    list of (int, int, str)
        Sorted by start, not overlapping; ``text[start:end]`` is the furniture as
        written (a whole line, or an inline link aside), ``kind`` one of
        `FURNITURE_KINDS`.

    Examples
    --------
    >>> text = (
    ...     "Senate Passes Border Bill\n\nThe Senate passed the bill on Tuesday."
    ...     "\n\nADVERTISEMENT\n\nRELATED: What the bill does\n\n"
    ...     "Write to Ann Lee at ann.lee@example.com"
    ... )
    >>> [(text[a:b], kind) for a, b, kind in furniture_spans(text)]
    [('Senate Passes Border Bill', 'headline'), ('ADVERTISEMENT', 'advertisement'),
     ('RELATED: What the bill does', 'link'),
     ('Write to Ann Lee at ann.lee@example.com', 'write_to')]
    >>> furniture_spans(None)
    []
    """
    if not isinstance(text, str) or not text:
        return []
    out: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    # Each line without the white space around it (str.strip and str.isspace
    # agree on what white space is), empty lines left out.
    lines = []
    for m in _LINE.finditer(text):
        raw = m.group()
        line = raw.strip()
        if line:
            start = m.start() + len(raw) - len(raw.lstrip())
            lines.append((start, start + len(line), line))
    kinds: list[str | None] = []
    for i, (_, _, line) in enumerate(lines):
        kind = _line_kind(line)
        if kind is None and i == 0 and _headline(line):
            kind = "headline"
        if kind is None and line in seen and _headline(line):
            kind = "headline"  # a headline repeated, or a link block again
        if kind is None:
            kind = _tweet_kind(line)
        seen.add(line)
        kinds.append(kind)
    # Whether each line is in a block of links: a link line, the headline at the
    # top, and the headlines that follow either.
    block = False
    for i, (start, end, line) in enumerate(lines):
        kind = kinds[i]
        if kind is None:
            kind = kinds[i] = _beside_furniture(lines, kinds, i, block)
        block = kind == "link" or (kind == "headline" and (i == 0 or block))
        if kind is not None:
            out.append((start, end, kind))
            continue
        if not _may_have_aside(text, start, end, line):
            continue
        for aside in _INLINE_LINK.finditer(text, start, end):
            kind = "write_to" if "reached at" in aside.group() else "link"
            out.append((_block_start(aside), aside.end(), kind))
    _bios(text, [(a, b) for a, b, _ in lines], out)
    out.sort()
    return out


def _beside_furniture(
    lines: list[tuple[int, int, str]], kinds: list[str | None], i: int, block: bool
) -> str | None:
    """Return the kind of line ``i``, of no kind of its own, among furniture.

    A short line with no final stop (`_loose_line`) is a related story's headline
    or a widget's label when the line before it or after it is furniture ("Read
    more:", a caption, an embedded post); between two paragraphs of the article it
    is the article's own section head, which coders read as article text. In a
    block of links (``block``: the line before is a link line, "Read more:",
    "Related:", or a headline that follows one or tops the text), a headline may
    be longer (`_headline`); a list after a caption is the article's own (it is
    not such a block). After "Story highlights", each bullet (a line of at most
    `_MAX_HEADLINE_WORDS` words that does not end with a full stop) is one too.
    """
    line = lines[i][2]
    before = kinds[i - 1] if i else None
    after = kinds[i + 1] if i + 1 < len(kinds) else None
    if before in _NOT_BESIDE and not block:
        before = None
    if after in _NOT_BESIDE:
        after = None
    if before is None and after is None:
        return None
    if before == "highlights" and _bullet(line):
        return "highlights"
    if _loose_line(line) or (block and _headline(line)):
        return "headline"
    return None


_FULL_STOP = re.compile(r"\.[”\"’')\]]*$")
_NOT_BESIDE = frozenset(["caption", "headline"])


def _bullet(line: str) -> bool:
    """Say whether a line has the shape of a "Story highlights" bullet."""
    words = line.split(None, _MAX_HEADLINE_WORDS)
    return 2 <= len(words) <= _MAX_HEADLINE_WORDS and not _FULL_STOP.search(line)


def _block_start(aside: re.Match) -> int:
    """Return where an aside starts; a glued link block starts at its full name.

    The block repeats the name the article has just written ("Sen. John Cornyn
    John CornynThe Hill's ..."): it starts after the article's own last word of
    that name, which stays article text.
    """
    last = aside.group("last")
    if last is None:
        return aside.start()
    at = aside.group().find(last + " ", 0, aside.start("last") - aside.start())
    return aside.start() if at < 0 else aside.start() + at + len(last) + 1


def _line_may_hold_furniture(text: str, a: int, b: int) -> bool:
    """Say whether `furniture_spans` may find furniture in the line ``text[a:b]``.

    False only when no rule can give a span in it: not a line kind, no headline
    shape (the first line's and a repeated line's need it), no tweet, no loose
    line, no inline aside and no contributor's note; every span lies in one line.
    """
    raw = text[a:b]
    line = raw.strip()
    if not line:
        return False
    start = a + len(raw) - len(raw.lstrip())
    end = start + len(line)
    return (
        _line_kind(line) is not None
        or _headline(line)
        or _tweet_kind(line) is not None
        or _loose_line(line)
        or (
            _may_have_aside(text, start, end, line)
            and _INLINE_LINK.search(text, start, end) is not None
        )
        or (
            _BIO_HEAD.match(line) is not None
            and _BIO.fullmatch(text, start, end) is not None
        )
    )


# What every inline aside holds: a "(", "can be reached at" or a name glued to the
# next word ("TrumpFederal"): a line with none of them has no aside to look for.
# (written from the capital, which the regex engine skips to: few characters are)
_GLUED = re.compile(r"[A-Z](?<=[a-z][A-Z])[a-z]")


def _may_have_aside(text: str, start: int, end: int, line: str) -> bool:
    return (
        "(" in line
        or "can be reached at" in line
        or _GLUED.search(text, start, end) is not None
    )


def _bios(
    text: str, spans: list[tuple[int, int]], out: list[tuple[int, int, str]]
) -> None:
    """Add contributor notes at the top or the end of the article (after furniture).

    ``spans`` are the article's non-empty lines, stripped of white space.
    """
    marked = {s for s, _, _ in out}
    candidates = spans[:1]
    for a, b in reversed(spans):  # the last lines, through furniture
        candidates.append((a, b))
        if a not in marked and not _BIO.fullmatch(text, a, b):
            break
    for a, b in candidates:
        if a not in marked and _BIO.fullmatch(text, a, b) and len(text[a:b]) < 500:
            out.append((a, b, "bio"))
            marked.add(a)


def _line_kind(line: str) -> str | None:
    if len(line) > 700:
        return None  # an article paragraph, not furniture
    if _LINE_HEAD.match(line) is None and _LINE_WORDS.search(line) is None:
        # None of the rules can match: most lines of an article.
        return _caps_kind(line)
    return _rules_kind(line)


def _rules_kind(line: str) -> str | None:
    """Try every line rule in order (after its cheap check), then the capitals."""
    for kind, pattern in _LINES:
        may = _MAY_BE.get(kind)
        if may is not None and not may(line):
            continue
        if pattern.fullmatch(line):
            return kind
    return _caps_kind(line)


def _caps_kind(line: str) -> str | None:
    if _CAPS_LINE.fullmatch(line) and len(_UPPER_WORDS.findall(line)) >= 2:
        return "link"  # a headline of links in capitals
    return None


# What a caption line holds: a head ("Enlarge this image", "Photo:"), or else a
# credit's "/", " for " and a capital, " via ", " VPC", " © ", "(Photo: ", ".com)"
# or "Photo credit"; most lines have none, and skip the caption pattern.
_CAPTION_HEADS = (
    "Enlarge this image",
    "toggle caption",
    "Image caption",
    "Media playback is unsupported",
    "Media caption",
    "JUST WATCHED",
    "CLOSE ",
    "Photo:",
    "Image:",
    "Video:",
    "Hide caption",
    "Caption:",
    "FILE PHOTO:",
    "Expand ",
    "Facebook Twitter Pinterest ",
)
_FOR_NAME = re.compile(r" for [A-Z]")
_WEEKDAY_DATE = re.compile(r"day, [A-Z]")


def _may_be_caption(line: str) -> bool:
    return (
        line.startswith(_CAPTION_HEADS)
        or "/" in line
        or " via " in line
        or " VPC" in line
        or " © " in line
        or "(Photo: " in line
        or ".com)" in line
        or "Photo credit" in line
        or (" for " in line and _FOR_NAME.search(line) is not None)
        or ("day, " in line and _WEEKDAY_DATE.search(line) is not None)
        or line.startswith(_LABELS)
        or line.endswith(("Scribd", "YouTube"))
    )


_LABELS = ("Photo", "Image", "Video", "Audio", "Slideshow")


# The words the other rules that may start anywhere in a line need (those that
# read the line's start fail at once anyway).
def _may_be_byline(line: str) -> bool:
    return (
        "By " in line
        or "This " in line
        or " contributed " in line
        or "eporting by " in line
        or "Editing by " in line
        or "Via " in line
        or "H/T " in line
        or "h/t " in line
        or "HT " in line
        or line.startswith("Contributing: ")
    )


def _may_be_write_to(line: str) -> bool:
    return line.startswith(("Write to ", "Contact ", "Email ", "Send ")) or (
        "can be reached at " in line
    )


def _may_be_funding(line: str) -> bool:
    return line.startswith("The Associated Press ") or " is supported by " in line


def _may_be_copyright(line: str) -> bool:
    return line.startswith(("Copyright", "(c)", "©", "Reprinted ")) or "All " in line


_MAY_BE = {
    "byline": _may_be_byline,
    "caption": _may_be_caption,
    "copyright": _may_be_copyright,
    "funding": _may_be_funding,
    "write_to": _may_be_write_to,
}

# What a line must start with, or hold, for some rule of `_LINES` to match it: the
# start of each rule that reads the line's start, and the cheap checks of the others
# (`_MAY_BE`, as a regex). One match and one search reject most lines of an article
# (tests/test_speed_equality.py pins it).
_LINE_HEAD = re.compile(
    r"(?i:advertisement|skip ad|sponsored|analysis/opinion|opinion:|more on this|"
    r"story highlights|story continued below|continue reading|article continues "
    r"below)"
    r"|Sign up for |Get the |Subscribe (?:to|for|now)|Follow |Like |Join |CLICK |"
    r"Click |Read or Share this story:|Manage Newsletters|Download the "
    r"|Newsletter Sign Up|Full |More to follow|You can |[Ww]atch |\([A-Z]|AD"
    r"|[Ll]isten to |[Rr]ead |\(\s|Support |Send |Contributing: "
    r"|[“\"]The 360|What[’']s |Why there|Perspectives|Photo|Image|Video|Audio|Slideshow"
    r"|Copyright|\(c\)|©|Write to |Contact |Email |Reprinted "
    r"|Corrections?|Editor|An earlier version of this |This |Update|UPDATE:|Here"
    r"|The Associated Press "
    rf"|{'|'.join(map(re.escape, _CAPTION_HEADS))}"
    r"|(?:\(\s*)?(?:RELATED|Related|READ MORE|Read [Mm]ore|MORE|READ|SEE ALSO|"
    r"See also|Also on [A-Z][\w]+|PHOTOS|VIDEO|WATCH|SPECIAL COVERAGE|REPORT|Go "
    r"deeper|Recommended|Trending|LISTEN|POLL)\b"
    rf"|\d|Updated|Published|Posted|Last updated|{_MONTH} \d"
)
_LINE_WORDS = re.compile(
    # Parts of the cheap checks, chosen to start with a rare character (the regex
    # engine skips to the next character that starts one): byline ("H/T" and "h/t"
    # hold "/"), caption, write_to, funding, copyright.
    r"By |This |buted |porting by |Editing by |Via |HT "
    r"|/|via |VPC|©|Photo: |\.com\)|Photo credit|for [A-Z]"
    r"|be reached at |pported by |All |Vote |day, [A-Z]|\? |Scribd|YouTube"
    r"|Sign up for "
)


def _headline(line: str) -> bool:
    """Say whether the first line is a headline: short, with no final stop."""
    # (at most one word more than the limit is needed to tell)
    words = line.split(None, _MAX_HEADLINE_WORDS)
    return (
        2 <= len(words) <= _MAX_HEADLINE_WORDS
        and not _SENTENCE_END.search(line)
        and not line.endswith((":", ",", ";"))
    )


_QUOTE_MARKS = re.compile('[“”"]')


def _loose_line(line: str) -> bool:
    """Say whether a line inside the article is a head, not a sentence.

    Short, with no final stop, no quotation marks and no colon at the end:
    "What’s next", "Pence to speak at March for Life rally".
    """
    return (
        len(line.split(None, _MAX_LOOSE_WORDS)) <= _MAX_LOOSE_WORDS
        and not _SENTENCE_END.search(line)
        and not line.endswith((":", ",", ";"))
        and not _QUOTE_MARKS.search(line)
    )


_MAX_LOOSE_WORDS = 9


def _tweet_kind(line: str) -> str | None:
    if "(@" in line and _TWEET_SIGNATURE.search(line):
        return "tweet"
    if ("pic.twitter.com/" in line or "t.co/" in line) and (
        _PIC.search(line) and len(line.split()) <= 60
    ):
        return "tweet"
    return None
