"""Load and validate lexicon files (placeholder: being written)."""

__all__ = ["Lexicon", "load_lexicon"]


class Lexicon:
    """A validated lexicon (not implemented yet)."""


def load_lexicon(path=None):
    """Load a lexicon (not implemented yet)."""
    raise NotImplementedError
