"""The PowerPoint deck a consultant presents from: ``write_deck(result, path, lang=..., risk=..., template=...)``.

16:9 slides built with python-pptx from the engine's result: title, verdict, comparison, cumulative net
cash flow, NPV by scenario, customers against the baseline, risk (P10/P50/P90 and tornado), break-even,
customer value and the cost of poor service, assumptions, method and sources. Charts are native
PowerPoint charts with their data in the embedded workbook. The firm's template (``template=``) gives
masters, layouts, fonts, colours and logo; without one a clean built-in template is made here.
"""

from .build import render_deck, write_deck
from .template import TemplateError

__all__ = ["TemplateError", "render_deck", "write_deck"]
