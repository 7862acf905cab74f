"""Find lexicon labels in text (placeholder: being written)."""

__all__ = ["TermMatch", "find_loaded_terms", "find_terms"]


class TermMatch:
    """One lexicon label in a text (not implemented yet)."""


def find_terms(text, lexicon=None):
    """Find labels (not implemented yet)."""
    return []


def find_loaded_terms(text, lexicon=None):
    """Find loaded labels (not implemented yet)."""
    return []
