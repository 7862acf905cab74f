"""The ``attribution`` rule kind and :func:`attribution_verb`.

A non-neutral verb of saying ("claimed", "insisted", "slammed") counts only where it
attributes a statement (Recasens et al. 2013; AP asks for "said").
"""

from __future__ import annotations

import re

from framing.terms.context import Context, word_set

__all__ = ["attribution", "attribution_verb"]


# --- attribution: a verb that attributes a statement ---------------------------------
# Recasens et al. (2013) list "claim" among the assertive verbs that cast doubt on
# what follows; AP asks for "said". The verb is flagged only where it attributes a
# statement: a quotation just before it (`," he claimed`) or after it (`insisted:
# "...`), a that-clause (`admitted that`), a clause with its own subject and verb
# (`claimed the election was stolen`), or `slammed the plan, saying ...`. So
# "claimed a prize", "claimed responsibility", "admitted to the hospital", "conceded
# the race", "slammed the door" and "the city boasts a museum" are never flagged.
# Up to four words between the quotation and the verb, none ending a sentence
# ("Sen." and "D-Calif." are abbreviations; "said." ends a sentence).
_QUOTE_BEFORE = re.compile(
    r"[,?!—–-][\"'”’]\s+"
    r"(?:(?:[\w'’\-]+|[A-Z][a-z]{0,3}\.|[A-Z]-[A-Za-z]+\.)\s+){0,4}$"
)
_FINITE = (
    r"(?:was|is|were|are|had|has|have|would|will|could|can|should|did|does|didn't"
    r"|wasn't|weren't|isn't|aren't|hadn't|won't|wouldn't|couldn't|never|knew|wanted"
    r"|planned|tried|did)"
)
_ADVERBS = r"(?:\s+(?:\w+ly|again|also|without evidence|on \w+day)){0,2}"
_AFTER_STATEMENT = re.compile(
    rf"{_ADVERBS}(?:\s*,[^,.;:\"“”\n]{{1,60}},)?\s*(?:"
    rf"that\s+[\"“'‘]?(?P<that>[\w'’]+)"  # a that-clause
    r"|:\s|,?\s*[\"“]"  # a colon or a quotation
    rf"|\s(?:he|she|they|we|i|it|there|you)\s+(?:\w+\s+)?{_FINITE}\b"
    rf"|\s(?:the|a|an|his|her|their|its|our|this|these|those)\s+"
    rf"(?P<np>(?:[\w'’\-]+\s+){{1,3}}){_FINITE}\b"
    rf"|\s(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?"
    rf"(?:[A-Z][\w'’\-]+\s+){{1,3}}){_FINITE}\b"
    r")"
)
_AFTER_SAYING = re.compile(
    r"[^.;!?\n\"“”]{0,90}?,\s+(?:saying|calling|arguing|accusing|claiming|writing"
    r"|adding|telling|insisting|declaring|tweeting)\b"
)
# The verb closing a sentence after a statement: "..., the report also claims.",
# "..., he insisted." (a pronoun, a name or a noun phrase after the comma, the verb
# the last word; not "expanding the number of claims.").
_CLAUSE_BEFORE = re.compile(
    r"\w,\s+(?:(?:the|a|an|his|her|their|its|our)\s+(?:[\w'’\-]+\s+){1,3}"
    r"|(?:he|she|they|it|we)\s+|(?:[A-Z][\w'’.\-]*\s+){1,3})(?:also\s+)?$"
)
_ENDS_SENTENCE = re.compile(r"\s*[.!?]")
_ABOUT = re.compile(r"\s+about\b")
_CLAIM_TO_BE_NAME = re.compile(
    r"\s+to\s+be\s+(?:an?\s+|the\s+)?(?:[A-Z]|(?:nation|country|world|state)['’]s\s"
    r"|(?:largest|biggest|oldest|first|only|leading|second|third)\b)"
)
_CLAIM_TO = re.compile(
    r"\s+to\s+(?:be|have|know|represent|speak|own|oppose|support|care|want|believe"
    r"|stand|favor|favour|champion|defend|fight|value|respect|protect)\b"
)
# A statement whose subject was moved out: "a plan that Ocasio-Cortez claims would
# be cheaper", "what he insisted was a mistake" (the verb, then a finite verb).
_MOVED_SUBJECT = re.compile(r"\b(?:that|which|what)\s+(?:[\w'’.\-]+\s+){1,3}$")
_FINITE_NEXT = re.compile(rf"\s+{_FINITE}\b")
# Words after "that" which make it a pronoun or a relative ("admitted that year",
# "insurance claims that were denied"), not a complementiser.
_NOT_CLAUSE = word_set(
    "year day week month point time night morning season race game election fact "
    "much many was were is are had has have would will could can did does "
    "may might must should"
)
_NP_STOP = word_set(
    "that which who whom whose of in for on at to with by from into as lives life"
)
# After these a form is passive or a noun ("was admitted", "the claimed savings",
# "the claims"); "is/are" + -ing stays a verb ("are claiming that").
_PASSIVE_OR_NOUN = word_set(
    "was were been being is are be get gets got getting newly recently not the a an "
    "his her their its our this these those"
)
_DETERMINERS = word_set("the a an his her their its our this these those")
# The author's own statement ("I admit", "we must concede", "let's admit"), a demand
# ("Democrats must acknowledge", "should admit") or a prediction ("the gun grabbers
# will claim that"): no statement made is judged.
_OWN_OR_DEMAND = word_set(
    "i we let's lets i'll we'll i'd we'd i’ll we’ll i’d we’d must should "
    "could might may can will won't won’t"
)
# An adverb between the modal and the verb: "none of them will now insist".
_MODAL_ADVERBS = word_set("now also then still surely probably likely certainly never")
_HAVE = word_set("have has had")
# "blasted to the caucus", "blasted out": a message sent out, not a statement judged.
_SENT = re.compile(r"\s+(?:out\b|to\s+(?:the|all|every|its|their|his|her)\b)")
_PRONOUN_SUBJECTS = word_set("he she it who")
# A demand, not a statement: "insisted that he be handcuffed", "insist that
# nothing be done", "insisted that millionaires not see their rate slashed" (the
# subjunctive: a bare "be", or "not" and a verb with no auxiliary, after the
# that-clause's subject).
_DEMAND = re.compile(
    r"\s+that\s+(?:(?!(?:would|will|could|should|must|can|might|may|shall|to|not"
    r"|cannot|won't|wouldn't|couldn't|do|does|did|is|are|was|were|has|have|had"
    r"|am|be)\b)[\w'’\-]+\s+){1,8}(?:(?:not\s+)?be|not\s+[a-z]+)\b",
    re.IGNORECASE,
)
# An admission or claim no one made: "needs to admit", "aren't about to concede",
# "not going to insist", "may not be willing to admit", "urged him to concede"
# (the infinitive after a verb of need, readiness or request; not "refused to
# admit that ...", whose factive verb still presents the clause as true).
_NOT_MADE = word_set(
    "willing ready able about going need needs needed afraid hesitant ask asks asked "
    "urge urges urged urging expect expects hope hopes hoped"
)
# "until it admits", "unless they concede", "if he claims": a statement not made.
_CONDITIONAL = word_set("until unless if")
# "you are admitting that", "you can't claim", "you didn't complain": the reader's
# or a generic "you", not a statement reported ("you claim that" still counts).
_YOU_AUX = word_set(
    "are were can can't cannot can’t would could will might should must don't "
    "didn't don’t didn’t"
)
# "Can you admit", "will they concede": a question asks for a statement not made.
_PRONOUNS = word_set("you we they he she i")
_MODALS = word_set("can could will would should did do does")
# A gerund after these is an activity, not a statement reported: "quit complaining
# about your cancer", "is like complaining about Trump's spelling", "disagree
# without insisting that" (not "after claiming that ...": a statement made).
_GERUND_BEFORE = word_set("like quit stop stopped without")
# A statement foreseen, not made: "Whitmer will respond by insisting that ...",
# "Democrats will probably try to score points by assailing ...".
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|shall|[\w]+'ll|[\w]+’ll)\b[^.;:!?\"“”]*$",
    re.IGNORECASE,
)
# What a taxpayer or a winner claims: "a taxpayer claiming the EITC", "claimed the
# credit", "claims the deduction" (never a statement).
_CLAIMED_THING = word_set(
    "eitc credit credits deduction deductions exemption exemptions refund refunds "
    "benefit benefits title titles prize victory seat seats land territory asylum "
    "status compensation damages responsibility lives life money payments"
)
# A claim at law: "dismissed a couple's claims that denying them a license violated
# their rights", "the court declined to accept the claim that" (the neutral legal
# term, not a writer's doubt).
_LEGAL = re.compile(
    r"\b(?:courts?|judges?|justices|lawsuits?|suits?|sue|sues|sued|suing|plaintiffs?"
    r"|ruling|ruled|dismiss"
    r"(?:ed|es)?|appeals?|tribunal|litigation|jury|juries|filed|brief)\b",
    re.IGNORECASE,
)
# The noun judges too, with a that-clause: "his claim that taxes fell".
_THAT_CLAUSE = re.compile(r"\s+that\s+[\"“'‘]?([\w'’]+)")
# An object, then "for ...ing" or "as ...": "slammed Democrats for voting",
# "blasted the request as a stunt" (the verbs of attack only).
_OBJECT_FOR_AS = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|our|this|that|these|those)\s+)?"
    r"(?:[\w'’\-]+\s+){0,3}?(?:for\s+\w+ing\b|as\s+(?:an?\s+|the\s+)?[\w'’\-]+)"
)


def attribution(context: Context, start: int, end: int) -> bool:
    """Say whether the verb (or noun) at ``start:end`` attributes a statement.

    Every form: "claimed", "claims", "claiming", "claim"; the constructions
    "X slammed Y for ...ing", "blasted Z as ...", "are claiming that", "Bloomberg
    claims he ...", "his claim that ..."; never "claimed the title", "was
    admitted to the hospital", "insurance claims that were denied".
    """
    text = context.text
    word = text[start:end].lower()
    before = context.words_before(start, 2)  # nearest first
    prev = before[0][0] if before else ""
    low = prev.lower()
    if low in _OWN_OR_DEMAND or (
        (low.endswith("ly") or low in _MODAL_ADVERBS)
        and len(before) > 1
        and before[1][0].lower() in _OWN_OR_DEMAND
    ):
        return False  # "I readily admit", "we must concede": the author's own
    if low == "to" and len(before) > 1 and before[1][0].lower() in _HAVE:
        return False  # "we have to admit": a speaker's own concession
    if low == "to" and len(before) > 1 and before[1][0].lower() in _NOT_MADE:
        return False  # "refused to admit", "aren't about to concede"
    if word.startswith("blast") and _SENT.match(text, end):
        return False  # "the notice blasted to the caucus"
    if (
        low in _PRONOUNS
        and len(before) > 1
        and before[1][0].lower() in _MODALS
        and before[1][1].isspace()
    ):
        return False  # "can you admit that ...?": a question, no statement made
    if any(w.lower() in _CONDITIONAL for w, _ in before) or (
        low in _YOU_AUX and len(before) > 1 and before[1][0].lower() == "you"
    ):
        return False  # "until it admits", "you are admitting": no statement made
    if low == "me" and len(before) > 1 and before[1][0].lower() == "let":
        return False  # "let me complain about": the author's own
    if word.startswith("insist") and _DEMAND.match(text, end):
        return False  # "insisted that the dying man be handcuffed": a demand
    if word.endswith("ing") and low in _GERUND_BEFORE:
        return False  # "quit complaining about", "is like complaining about"
    if (
        word.endswith("ing")
        and low == "by"
        and _FUTURE_BEFORE.search(
            text, max(context.sentence(start)[0], start - 60), start
        )
    ):
        return False  # "will respond by insisting that": a statement not yet made
    if _QUOTE_BEFORE.search(text, max(0, start - 80), start) is not None:
        return True  # `," he claimed.`, `," claimed Smith`
    if (
        _CLAUSE_BEFORE.search(text, max(0, start - 60), start) is not None
        and _ENDS_SENTENCE.match(text, end) is not None
        and low not in _NP_STOP
        and low not in _DETERMINERS
        and not low.endswith(("'s", "’s"))
    ):
        return True  # "..., the report also claims." (a statement without quotes)
    window = text[end : end + 160]
    possessive = low.endswith(("'s", "’s"))
    if word in ("claim", "claims") and (possessive or low in _DETERMINERS):
        m = _THAT_CLAUSE.match(window)
        if m is None or m.group(1).lower() in _NOT_CLAUSE:
            return False
        s_start = context.sentence(start)[0]
        return _LEGAL.search(text, s_start, start) is None  # not a claim at law
    if word.endswith("ing"):
        if low in _DETERMINERS:
            return False  # "the blasting", "a ranting"
    elif low in _PASSIVE_OR_NOUN or possessive:
        return False  # "was admitted", "the claimed savings", "Trump's claims"
    # Present tense is a noun too ("insurance claims", "grand slams"), so only
    # after a pronoun subject ("she insists that") or a name ("Bloomberg claims").
    present = word.endswith("s") and word != "lashes out"
    if present and low not in _PRONOUN_SUBJECTS and not prev[:1].isupper():
        return False
    m = _AFTER_STATEMENT.match(window)
    if m is not None:
        if word.startswith("insist") and _DEMAND.match(window):
            return False  # "insisted that he be handcuffed": a demand
        if m.group("that") is not None:
            return m.group("that").lower() not in _NOT_CLAUSE
        np = m.group("np")
        if np is not None:
            words = np.split()
            if (
                word.startswith("claim")
                and words
                and words[0].lower() in _CLAIMED_THING
            ):
                return False  # "a taxpayer claiming the EITC is not required"
            return not any(w.lower() in _NP_STOP for w in words)
        return True
    if word.startswith("claim") and _CLAIM_TO.match(window):
        # Not a self-description: "the voice claimed to be Vice President Joe
        # Biden", "people who claim to be Republican", "the group claims to be the
        # nation's second-largest" (no statement judged).
        return _CLAIM_TO_BE_NAME.match(window) is None
    if (
        _FINITE_NEXT.match(window)
        and _MOVED_SUBJECT.search(text, max(0, start - 60), start) is not None
    ):
        return True  # "that Ocasio-Cortez claims would be cheaper"
    if word.startswith("complain") and _ABOUT.match(window):
        return True  # "complained about the rates being temporary"
    if _ATTRIBUTION_FORMS.get(word) == "attack" and _OBJECT_FOR_AS.match(window):
        return True
    return _AFTER_SAYING.match(window) is not None


#: Non-neutral attribution verbs by kind (Recasens et al. 2013; AP's "said"):
#: each kind's verbs in every form a cue may take.
_ATTRIBUTION_KINDS = {
    "doubt": "claim",
    "admission": "admit concede confess",
    "insistence": "insist",
    "boast": "boast brag tout gloat trumpet",
    "complaint": "complain fume seethe grouse grumble gripe bemoan",
    "attack": "slam blast rant lash_out lambast lambaste excoriate berate bash trash"
    " decry assail rail_against rip_into tear_into savage skewer pillory"
    " scoff sneer whine spew mock ridicule deride scold chide snap",
}
# Verbs whose past is not -ed, or whose final consonant doubles.
_IRREGULAR = {"tear": ("tore", "torn")}
_DOUBLING = {"admit", "brag", "slam", "rip", "snap"}


def _verb_forms(verb: str) -> list[str]:
    base, _, particle = verb.partition("_")
    tail = f" {particle}" if particle else ""
    if base.endswith("y") and base[-2] not in "aeiou":
        forms = {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        stem = base[:-1] if base.endswith("e") else base
        double = base + base[-1] if base in _DOUBLING else stem
        forms = {
            base,
            (base + "es") if base.endswith(("sh", "ss")) else base + "s",
            double + "ed",
            double + "ing",
        }
    if base in _IRREGULAR:
        forms = (forms - {stem + "ed"}) | set(_IRREGULAR[base])
    return sorted(f + tail for f in forms)


_ATTRIBUTION_FORMS = {
    form: kind
    for kind, verbs in _ATTRIBUTION_KINDS.items()
    for verb in verbs.split()
    for form in _verb_forms(verb)
}


def attribution_verb(word) -> str | None:
    """Return the kind of a non-neutral attribution verb, or None for a neutral one.

    AP asks for "said"; "claimed" casts doubt, "admitted" and "conceded" make a
    statement a confession, "insisted" makes it contested, "boasted" and "touted"
    make it a boast, and "slammed", "blasted", "lashed out", "ranted", "decried" or
    "scoffed" make it an attack (Recasens et al. 2013 call such verbs assertive:
    they carry the writer's judgement of the statement).

    Parameters
    ----------
    word : str
        A cue verb in any form and case ("claimed", "Claims", "lashed out").
        Anything else, None or NaN gives None.

    Returns
    -------
    str or None
        ``"doubt"``, ``"admission"``, ``"insistence"``, ``"boast"``,
        ``"complaint"`` or ``"attack"``; None for neutral verbs ("said", "told",
        "stated").

    Examples
    --------
    >>> from framing.terms import attribution_verb
    >>> [attribution_verb(w) for w in ["claimed", "Insists", "lashed out", "said"]]
    ['doubt', 'insistence', 'attack', None]
    """
    if not isinstance(word, str):
        return None
    return _ATTRIBUTION_FORMS.get(" ".join(word.lower().split()))
