"""Hand coding: draw a sample, measure agreement between coders, check validity.

The loop a study reports: :func:`draw_sample` picks the units (sentences or
articles) and :func:`write_sample` exports them with exact offsets and empty code
columns; :func:`read_codes` reads the coded files back; :func:`krippendorff_alpha`
and :func:`cohen_kappa` measure agreement; :func:`validity_table` scores any
measure against the codes. ``framing.FrameClassifier`` learns frames from them.
"""

from framing.coding.agreement import (
    AlphaResult,
    category_agreement,
    coder_confusion,
    codes_matrix,
    cohen_kappa,
    krippendorff_alpha,
    pairwise_kappa,
)

__all__ = [
    "AlphaResult",
    "category_agreement",
    "coder_confusion",
    "codes_matrix",
    "cohen_kappa",
    "krippendorff_alpha",
    "pairwise_kappa",
]
