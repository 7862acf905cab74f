"""Issue frames of the Policy Frames Codebook, per sentence, per voice and per text.

Cues from a frame lexicon (``framing/data/frames.csv``, compiled once) are found in
one pass over the word starts where a cue may begin; each sentence of the
:class:`~framing.document.Document` gets the frame with the most cue weight, and a
text's profile is the share of its sentences in each frame, for the whole text, the
author's voice and quoted voice.

Scoring
-------
1. **Cues.** Every lexicon row gives a frame, a pattern and a weight (0.5 for a word
   that only hints at a frame, up to 3 for a phrase that names it, such as "public
   opinion" or "national security"). A row's ``unless_before`` / ``unless_after``
   patterns drop a match in a context where the word means something else ("safety
   valve", "company culture", "law of averages", "bill of sale"). Where two cues
   overlap, the longer phrase wins ("war on drugs" is policy, not war).
2. **Sentences.** A sentence's evidence for a frame is the weight of its strongest
   cue of that frame plus half (``_DAMPING``) the weight of each further, different
   cue of that frame; a cue repeated in the sentence counts once. Its frame is the
   frame with the most evidence when that is at least :data:`THRESHOLD`; ties go to
   the frame whose cue comes first. Below it, the leading frame still counts when
   it has at least :data:`FALLBACK` and a cue in lower case (one usual cue); frames
   tied there go by :data:`TIE_ORDER` (the frames coders chose most often on real
   news first). Otherwise the sentence has no frame (``None``).
3. **Voices.** The same rule on the cues outside quotation marks gives the
   sentence's author-voice frame, and on the cues inside them its quoted-voice frame.
4. **Texts.** ``scores`` is the share of all sentences in each frame; ``author`` the
   share of sentences with author-voice words whose author-voice frame is that
   frame, ``quoted`` likewise for sentences with quoted words. ``primary`` is the
   frame of the most sentences (ties: most evidence, then first seen), or ``None``
   when no sentence has a frame. A single sentence is a text: its primary frame is
   its own frame.

Accuracy and the errors that remain: ``docs/frames.md``. The frame ids and their
definitions follow Boydstun, Card, Gross, Resnik & Smith
(2014), "Tracking the development of media frames within and across policy issues";
the Media Frames Corpus (Card et al. 2015) uses the same fifteen.
"""

from __future__ import annotations

from typing import Any

from framing.frames.cues import FRAMES, FrameCue, FrameLexicon, load_frame_lexicon
from framing.frames.scoring import (
    FALLBACK,
    MIN_LEAD,
    MIN_SENTENCES,
    MIN_SUPPORT,
    MIXED,
    THRESHOLD,
    TIE_ORDER,
    FrameMatch,
    FrameProfile,
    SentenceFrame,
    find_frames,
    frame_columns,
    frame_features,
    frame_profile,
    frame_table,
)

__all__ = [
    "FALLBACK",
    "FRAMES",
    "MIN_LEAD",
    "MIN_SENTENCES",
    "MIN_SUPPORT",
    "MIXED",
    "THRESHOLD",
    "TIE_ORDER",
    "FrameCue",
    "FrameLexicon",
    "FrameMatch",
    "FrameProfile",
    "SentenceFrame",
    "find_frames",
    "frame_columns",
    "frame_features",
    "frame_layer",
    "frame_profile",
    "frame_table",
    "load_frame_lexicon",
]


def __getattr__(name: str) -> Any:
    """Give ``frame_layer``, which lives with the other HTML in :mod:`framing.view`.

    Looked up on first use, so that analysis never imports presentation.
    """
    if name == "frame_layer":
        from framing.view import frame_layer

        return frame_layer
    raise AttributeError(f"module 'framing.frames' has no attribute {name!r}")
