"""Where the table is: the header row (not always the first: titles and notes come above it) and which
column holds each expected field, from the headers or from the user's mapping (a header name, a column
letter such as C, or a column number)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .headers import ColumnSpec, fold, match_scores
from .problems import WARNING, ImportProblem

HEADER_SEARCH_ROWS = 30
_LETTERS = re.compile(r"[A-Za-z]{1,2}")


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def _letter_index(text: str) -> int:
    n = 0
    for ch in text.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def header_text(value: object) -> str:
    return "" if value is None else str(value).strip()


def find_header_row(rows: Sequence[Sequence[object]], specs: tuple[ColumnSpec, ...], mapping: dict[str, str]) -> int | None:
    """The first of the top rows that names the most expected fields (at least two, or every mapped
    header); None when no row looks like a header."""
    wanted = {fold(v) for v in mapping.values()}
    best, best_row = 1, None
    for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        folded = {fold(header_text(v)) for v in row if header_text(v)}
        named = {name for v in row for name in match_scores(header_text(v), specs)}
        mapped = len(wanted & folded)
        score = len(named) + mapped
        if wanted and mapped == len(wanted) and score > best:
            best, best_row = score, r
        elif score > best and len(named) + mapped >= 2:
            best, best_row = score, r
    if best_row is None:  # one known header: still the header row if the row is all text (map the rest)
        for r, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
            cells = [v for v in row if header_text(v)]
            if len(cells) >= 2 and all(isinstance(v, str) and not any(ch.isdigit() for ch in v) for v in cells) \
                    and any(match_scores(header_text(v), specs) for v in cells):
                return r
    return best_row


def assign_columns(headers: list[str], specs: tuple[ColumnSpec, ...], mapping: dict[str, str]
                   ) -> tuple[dict[str, int], list[ImportProblem]]:
    """field -> column index. The mapping wins; then the best-named column for each field (each column
    used once). Ties are used left to right and reported."""
    problems: list[ImportProblem] = []
    known = {s.name for s in specs}
    out: dict[str, int] = {}
    folded = [fold(h) for h in headers]
    for name, wanted in mapping.items():
        if name not in known:
            problems.append(ImportProblem("unknown_field", values={"field": name, "known": ", ".join(sorted(known))}))
            continue
        target = fold(wanted)
        if target and target in folded:
            out[name] = folded.index(target)
        elif _LETTERS.fullmatch(wanted.strip()) and _letter_index(wanted.strip()) < len(headers):
            out[name] = _letter_index(wanted.strip())
        elif wanted.strip().isdigit() and 1 <= int(wanted) <= len(headers):
            out[name] = int(wanted) - 1
        else:
            problems.append(ImportProblem("no_such_column", values={
                "field": name, "column": wanted, "headers": ", ".join(h for h in headers if h) or "-"}))
    taken = set(out.values())
    candidates = []
    for c, header in enumerate(headers):
        if c in taken:
            continue
        for name, (score, length) in match_scores(header, specs).items():
            if name not in out:
                candidates.append((-score, -length, c, name))
    best_of: dict[str, tuple[int, int]] = {}
    for neg_score, neg_length, c, name in sorted(candidates):
        if name in out or c in taken:
            if name in out and c not in taken and (neg_score, neg_length) == best_of.get(name):
                problems.append(ImportProblem("two_columns", column=headers[c], severity=WARNING, values={
                    "field": name, "used": headers[out[name]]}))
            continue
        out[name] = c
        taken.add(c)
        best_of[name] = (neg_score, neg_length)
    return out, problems
