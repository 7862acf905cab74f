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
from framing.coding.sampling import (
    code_columns,
    coding_sheet,
    draw_sample,
    load_codebook,
    load_coded_example,
    read_codes,
    reliability_data,
    write_sample,
)
from framing.coding.validity import (
    FRAME_CODES,
    ValidityReport,
    frame_ids,
    library_measure,
    validity_report,
)

__all__ = [
    "FRAME_CODES",
    "AlphaResult",
    "ValidityReport",
    "category_agreement",
    "code_columns",
    "coder_confusion",
    "codes_matrix",
    "coding_sheet",
    "cohen_kappa",
    "draw_sample",
    "frame_ids",
    "krippendorff_alpha",
    "library_measure",
    "load_codebook",
    "load_coded_example",
    "pairwise_kappa",
    "read_codes",
    "reliability_data",
    "validity_report",
    "write_sample",
]
