"""A model input's name for a reader, from its file path: ``field_label("client.gross_margin", "pl")``.

>>> field_label("scenarios[2].one_off_cost", "en"), field_label("client.gross_margin", "pl")
('One-off cost (Year 0)', 'Marża brutto')
>>> field_label("client.unknown_field", "en")
'unknown_field'
"""

from __future__ import annotations

import re

from .words import words


def field_name(path: str) -> str:
    """The field's own name: the last part of its path, without list indices."""
    return re.sub(r"\[\d+\]", "", path).rsplit(".", 1)[-1]


def field_label(path: str, lang: str = "en") -> str:
    """The reader's name of the field at ``path`` in ``lang``; an unknown field keeps its own name."""
    name = field_name(path)
    w = words(lang)
    return w(f"field.{name}") if f"field.{name}" in w else name
