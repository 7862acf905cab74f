"""The ``migration_subject`` rule kind: a metaphor whose subject is migration.

"a flood of migrants" and "the migrant surge" count; "flood warnings", "a heat
wave" and "voters flooded the switchboards" do not (Santa Ana 1999 coded metaphors
by their target domain).
"""

from __future__ import annotations

import re

from framing.terms.context import Context, word_set

__all__ = ["migration_subject"]


# phrase ("the invasion at the border"), a migration subject just before ("migrants
# are pouring in"), and otherwise a migration word elsewhere in the sentence unless
# the word is part of a literal compound ("flood warnings", "heat wave").
# Plural people and counts that are migrants whenever they head the phrase.
_MIGRANTS = word_set(
    "migrants immigrants emigrants refugees asylum-seekers seekers illegals aliens "
    "crossers border-crossers crossings border-crossings arrivals apprehensions "
    "caravans newcomers foreigners"
)
# Singular words that name migration, but may also modify another noun: "a wave of
# immigration" is migration, "a surge of immigration judges" is not.
_MIGRATION_NOUNS = word_set(
    "migrant immigrant immigration migration emigration refugee asylum asylum-seeker "
    "alien caravan newcomer foreigner crosser crossing arrival"
)
# People who are migrants only if the sentence says so ("a wave of families").
_MAYBE_MIGRANTS = word_set(
    "people families children minors kids women men persons individuals "
    "youths teenagers workers laborers"
)
# What an invasion or flood is "of" when it names the place, not the invaders.
_PLACES = word_set(
    "country nation america border borders europe homeland territory states "
    "cities communities neighborhoods towns"
)
_MODIFIERS = _MIGRANTS | _MIGRATION_NOUNS | word_set("border migrant-caravan")
_COMPLEMENT = word_set("of in with")
# Words that end a complement's noun phrase.
_PHRASE_END = word_set(
    "at in on from to for with by into across over through who that which and or "
    "but as than is are was were has have had will would could should against "
    "about after before during under among between since amid like including of"
)
_QUANTITY = word_set(
    "number numbers flow flows amount level levels tens hundreds thousands millions "
    "dozens groups group"
)
_BORDER_PREP = word_set("at on across along over through to into from toward towards")
_BORDER_DET = word_set(
    "the our this that a america's america’s nation's nation’s u.s us country's "
    "country’s southern southwest southwestern northern mexican us-mexico "
    "u.s.-mexico texas arizona"
)
_LITERAL_BEFORE = word_set(
    "heat crime brain shock sound radio light microwave tidal new permanent blue red "
    "pink green democratic republican electoral flash troop troops power storm "
    "high low home iraq normandy d-day soviet russian german japanese allied "
    "omicron covid coronavirus delta pandemic virus enforcement security military "
    "personnel agent agents officer officers resources"
)
_LITERAL_AFTER = word_set(
    "warning warnings watch watches insurance water waters zone zones plain plains "
    "control damage damaged relief victims season risk risks wall walls pool pools "
    "pricing protector protectors function functions chart charts force forces "
    "gauge gauges prone tide army armies troops soldiers"
)
# After these a noun-only metaphor is a verb ("it would surge the level"); the verb
# entries (flood, swarm, invading, pouring) are metaphors as verbs too.
_MODALS = word_set("to would will could can may might should must did does do")
_VERB_METAPHORS = ("flood", "swarm", "invad", "pour")
# What may stand between a metaphor and the next word: a hyphen or the closing
# mark of scare quotes ("the “surge” of agents").
_JOINERS = frozenset({"", "-", "”", "’", "“", "‘", '"', "'"})
# A determiner or pronoun right after a noun-only metaphor makes it a verb.
_OBJECTS = word_set("the a an their his her its our my your them us flags hands")
_WATER = re.compile(
    r"(?i:\b(?:rain\w*|rivers?|storms?|hurricanes?|erosion|levees?|dams?"
    r"|floodwaters?|weather|flash floods?|rainfall)\b)"
)
_IDIOM_TIDE = word_set("turn turned turning turns stem stemmed stemming")
_AUXILIARIES = word_set("is was has had will would could may might")


def migration_subject(context: Context, start: int, end: int) -> bool:
    """Say whether the metaphor at ``start:end`` has migration as its subject."""
    after = context.words_after(end, 8)
    before = context.words_before(start, 4)
    prev = before[0][0].lower() if before and before[0][1].strip() in _JOINERS else ""
    nxt = after[0][1].lower() if after and after[0][0].strip() in _JOINERS else ""
    matched = context.text[start:end].lower()
    verb_entry = matched.startswith(_VERB_METAPHORS)
    # 1. A complement decides by its nouns: "a wave of layoffs" is not migration.
    if nxt in _COMPLEMENT:
        verdict = _complement(context, start, after[1:])
        if verdict is not None:
            return verdict
    # 2. A verb, not the noun: "families wave flags", "they surge forward". A
    # plural noun or a pronoun just before a noun-only metaphor is its subject.
    if (
        not verb_entry
        and before
        and before[0][0].islower()
        and (prev in _PRONOUNS or (_PLURAL.search(prev) and prev not in _NOT_PLURAL))
    ):
        return False
    # 2b. A verb metaphor whose subject just before is other people ("voters
    # flooded the switchboards"), or that floods something "with" what it brings
    # ("to flood the border with lawyers").
    if verb_entry:
        if (
            before
            and _PLURAL.search(prev)
            and prev not in _NOT_PLURAL
            and prev not in _MIGRANTS
            and prev not in _MAYBE_MIGRANTS
        ):
            return False
        migrants_before = any(w.lower() in _MIGRANTS for w, _ in before)
        if (
            not migrants_before
            and nxt in _OBJECTS
            and "with" in [w.lower() for _, w in after[1:5]]
        ):
            return False
    # 3. A migration modifier: "the migrant surge", "a refugee influx".
    if prev in _MODIFIERS:
        return True
    # 4. Literal compounds, verbs and idioms ("flood warnings", "heat wave", "troop
    # surge", "would surge", "turn the tide", "the tide turned").
    if nxt in _LITERAL_AFTER or prev in _LITERAL_BEFORE:
        return False
    if not verb_entry and (prev in _MODALS or nxt in _OBJECTS):
        return False  # a verb: "it would surge", "citizens wave their flags"
    if matched.startswith("tide"):
        if nxt in _IDIOM_TIDE or nxt in _AUXILIARIES:
            return False
        if prev == "the" and len(before) > 1 and before[1][0].lower() in _IDIOM_TIDE:
            return False
    # 5. A border phrase: "the invasion at the border", "pouring across the border".
    words = [w.lower() for _, w in after[:6]]
    if words and words[0] in _BORDER_PREP:
        for w in words[1:]:
            if w in {"border", "borders"}:
                return True
            if w not in _BORDER_DET:
                break
    # 6. A migration subject just before: "migrants are pouring in".
    if any(w.lower() in _MIGRANTS for w, _ in before):
        return True
    # 7. Otherwise a migration word elsewhere in its sentence, unless the sentence
    # is about water ("the flooding and erosion concerns along the border").
    s_start, s_end = context.sentence(start)
    sentence = context.text[s_start:s_end]
    return _sentence_has_migrants(sentence) and _WATER.search(sentence) is None


def _complement(
    context: Context, start: int, words: list[tuple[str, str]]
) -> bool | None:
    """Judge the noun phrase after "of/in/with": True, False, or None (undecided).

    The phrase runs to punctuation, a preposition or verb in ``_PHRASE_END``, a
    plural noun (a lowercase word ending in "s": "a wave of layoffs hit ..."), or
    four words; "the number of", "tens of thousands of" carry on to what they count.
    A place ("an invasion of our country") leaves the verdict to other evidence.
    """
    maybe = False
    seen = 0
    previous = ""
    for k, (gap, word) in enumerate(words):
        if gap.strip() not in {"", "-"}:
            break  # punctuation ends the phrase
        w = word.lower()
        if w in _MIGRANTS:
            return True
        if w in _MIGRATION_NOUNS:
            # Head of the phrase unless another noun follows ("immigration judges").
            nxt = words[k + 1] if k + 1 < len(words) else None
            if nxt is None or nxt[0].strip() or not nxt[1].islower():
                return True
            following = nxt[1].lower()
            if following in _PHRASE_END or following in _MIGRANTS:
                return True
            if following in _MAYBE_MIGRANTS:
                return True  # "migrant children", "immigrant families"
        if w in _MAYBE_MIGRANTS:
            maybe = True
        if w in _PLACES:
            return None
        if seen and w == "of" and previous in _QUANTITY:
            seen = 0  # "the number of migrants": go on to what is counted
            continue
        if (
            seen
            and w in _PHRASE_END
            and not (
                (w == "to" and previous == "up") or (w == "than" and previous == "more")
            )
        ):
            break
        seen += 1
        previous = w
        if seen == 4 or (w not in _QUANTITY and word.islower() and _PLURAL.search(w)):
            break
    if not seen:
        return None
    if maybe:
        s_start, s_end = context.sentence(start)
        return _sentence_has_migrants(context.text[s_start:s_end])
    return False


# A plural noun ends a noun phrase; "-ous" and "-ss" words are not plurals, nor are
# the words in _NOT_PLURAL.
_PLURAL = re.compile(r"[^su']s$")
_NOT_PLURAL = word_set(
    "this its his hers ours yours theirs was has is as does across perhaps always "
    "whereas news series species thus plus"
)
_PRONOUNS = word_set("they we you i he she who")

_MIGRANT_WORD = re.compile(
    r"(?i:\b(?:immigrants?|migrants?|immigration|migration|refugees?|asylum"
    r"|illegals|aliens?|border|borders|border[ -]crossers?|border[ -]crossings?"
    r"|caravans?|undocumented|newcomers)\b)"
)


def _sentence_has_migrants(sentence: str) -> bool:
    return _MIGRANT_WORD.search(sentence) is not None
