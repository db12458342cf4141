"""Read and write values in a project dict by their file-format path, e.g.
``scenarios[1].lines[0].amounts[2]``.

>>> data = {"scenarios": [{"lines": [{"amounts": [1, 2]}]}]}
>>> set_path(data, "scenarios[0].lines[0].amounts[1]", 5); get_path(data, "scenarios[0].lines[0].amounts[1]")
5
>>> field_of("scenarios[0].lines[0].amounts[1]"), scenario_index("scenarios[3].name")
('amounts', 3)
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"([A-Za-z_]+)|\[(\d+)\]")


def tokens(path: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _TOKEN.findall(path)]


def get_path(data, path: str, default=None):
    node = data
    for tok in tokens(path):
        try:
            node = node[tok]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def set_path(data, path: str, value) -> None:
    """Set ``value`` at ``path``; ``None`` removes a dict key (optional fields)."""
    toks = tokens(path)
    node = data
    for tok in toks[:-1]:
        node = node[tok]
    last = toks[-1]
    if value is None and isinstance(node, dict):
        node.pop(last, None)
    else:
        node[last] = value


def field_of(path: str) -> str:
    """The field name a path ends in (list indexes dropped)."""
    names = [t for t in tokens(path) if isinstance(t, str)]
    return names[-1] if names else ""


def scenario_index(path: str) -> int | None:
    toks = tokens(path)
    if len(toks) >= 2 and toks[0] == "scenarios" and isinstance(toks[1], int):
        return toks[1]
    return None

