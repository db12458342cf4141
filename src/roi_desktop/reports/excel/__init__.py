"""The Excel workbook with live formulas: ``write_workbook(result, path, lang=..., risk=...)``.

Every figure is a formula over the Inputs sheet, so a finance team can change an assumption and
watch the workbook recompute exactly what roi-desktop computes. See :mod:`.workbook`.
"""

from .workbook import build_workbook, write_workbook

__all__ = ["build_workbook", "write_workbook"]
