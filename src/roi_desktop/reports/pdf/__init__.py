"""The PDF report a consultant hands over: ``write_pdf(result, path, lang=..., risk=..., branding=...)``.

Built with reportlab platypus from the engine's result; every text in Polish or English, the DejaVu
Sans family embedded, charts as vector drawings, the file written atomically.
"""

from .lazy_uri_pattern import import_reportlab_paragraph

import_reportlab_paragraph()  # first, before any module here imports reportlab's platypus (see the module)

from .document import render_pdf, write_pdf  # noqa: E402

__all__ = ["render_pdf", "write_pdf"]
