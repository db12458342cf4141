"""Assemble the deck in order and write it atomically."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
from pathlib import Path

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core import ProjectResult
from roi_desktop.reports.branding import Branding
from roi_desktop.reports.words import LANGUAGES

from . import context_slides, results_slides, risk_slides
from .context import Deck
from .layout import SlideMaker
from .template import TemplateError, builtin_template, open_template

log = logging.getLogger(__name__)

SLIDES = (results_slides.title_slide, results_slides.verdict_slide, results_slides.comparison_slides,
          results_slides.cumulative_slides, results_slides.npv_slides, results_slides.customers_slides,
          risk_slides.percentile_slides, risk_slides.tornado_slides, risk_slides.breakeven_slides,
          context_slides.clv_slide, context_slides.assumptions_slides, context_slides.method_slide)


def today() -> dt.date:
    """The deck's date (a function so tests can fix it)."""
    return dt.date.today()


def tracking_for(result: ProjectResult, lang: str) -> dict | None:
    """The value-realisation figures and words when the project tracks a scenario (issue 14), else None."""
    if getattr(result.project, "tracking", None) is None:
        return None
    from roi_desktop.reports.tracking_text import slide_text
    return slide_text(result.project, result, lang)


def render_deck(result: ProjectResult, *, lang: str, risk=None, template: str | os.PathLike | None = None,
                branding: Branding | None = None, date: dt.date | None = None) -> bytes:
    """The deck as .pptx bytes (nothing is written). Raises TemplateError for an unusable template."""
    if lang not in LANGUAGES:
        raise ValueError(f"deck language must be one of {', '.join(LANGUAGES)}, got {lang!r}")
    prs = open_template(os.fspath(template)) if template else builtin_template()
    prs.core_properties.title = result.project.report.title or result.project.client.name
    prs.core_properties.author = result.project.report.consultant or (branding.consultant if branding else "")
    prs.core_properties.subject = result.project.client.name
    deck = Deck(result, risk, lang, branding or Branding(), date or today(), SlideMaker(prs))
    try:
        for build in SLIDES:
            build(deck)
        tracking = tracking_for(result, lang)
        if tracking is not None:
            context_slides.realisation_slide(deck, tracking)
    except (AttributeError, KeyError, ValueError, TypeError) as error:
        if not template:
            raise
        log.exception("deck from template %s failed", template)
        raise TemplateError(os.fspath(template), f"its layouts could not be used ({type(error).__name__}: {error})") from error
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


def write_deck(result: ProjectResult, path: str | os.PathLike, *, lang: str, risk=None,
               template: str | os.PathLike | None = None, branding: Branding | None = None) -> Path:
    """Write the deck for ``result`` to ``path``; returns the path. Raises TemplateError (nothing written)
    for an unusable template and FileWriteError when the file cannot be written."""
    return write_bytes_atomically(path, render_deck(result, lang=lang, risk=risk, template=template, branding=branding))
