"""The PDF report a consultant hands over: ``write_pdf(result, path, lang=..., risk=..., branding=...)``.

Built with reportlab platypus from the engine's result; every text in Polish or English, the DejaVu
Sans family embedded, charts as vector drawings, the file written atomically.
"""

from .document import render_pdf, write_pdf

__all__ = ["render_pdf", "write_pdf"]
