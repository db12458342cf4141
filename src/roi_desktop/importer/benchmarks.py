"""Industry benchmarks: published starting values with their sources (resources/benchmarks/), and the
consultant's own library (``benchmarks/`` in the user's data folder). Only values with a client field
are offered for a project; the others are shown for the consultant's reasoning.

>>> lib = load_library(user_dir=None)
>>> [v.field for b in lib for v in b.values if b.id == "pay-tv"]
['annual_churn_rate']
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from roi_desktop.atomic import write_bytes_atomically
from roi_desktop.core.fields import CLIENT_FIELDS
from roi_desktop.resources import resource_path

MONEY_FIELDS = {name for name, spec in CLIENT_FIELDS.items() if spec.unit == "money"}


@dataclass(frozen=True)
class BenchmarkValue:
    id: str
    field: str | None  # the client field it may fill, or None (shown only)
    value: float
    unit: str
    population: str
    year: str
    quote: str
    source: dict
    currency: str | None = None

    def citation(self, lang: str = "en") -> str:
        """Publisher, title, year, where published and its address, as one line."""
        from roi_desktop.reports.words import text
        s = self.source
        parts = [s.get("publisher", ""), f"\u201c{s['title']}\u201d" if s.get("title") else "",
                 str(s["year"]) if s.get("year") else ""]
        where = s.get("published_in", "")
        if where and not str(s.get("publisher", "")).startswith(where) and where != s.get("title"):
            parts.append(text(lang, "importer.reported_by", where=where))
        if s.get("address"):
            parts.append(s["address"])
        return ", ".join(p for p in parts if p)

    def offer_problem(self, currency: str) -> str | None:
        """Why this value cannot fill its field in a project using ``currency`` (None when it can)."""
        if self.field is None:
            return "no client field"
        if self.field in MONEY_FIELDS and self.currency and self.currency != currency:
            return f"in {self.currency}, the project is in {currency}"
        return CLIENT_FIELDS[self.field].problem(self.value)


@dataclass(frozen=True)
class Benchmark:
    id: str
    names: dict  # language -> industry name
    values: tuple[BenchmarkValue, ...]
    note: str = ""
    user: bool = False
    path: Path | None = field(default=None, compare=False)

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.id


class BenchmarkFileError(ValueError):
    pass


def _value(raw: dict, where: str) -> BenchmarkValue:
    required = ("id", "field", "value", "unit", "population", "year", "quote", "source")
    missing = [k for k in required if k not in raw]
    if missing:
        raise BenchmarkFileError(f"{where}: missing {', '.join(missing)}")
    if raw["field"] is not None and raw["field"] not in CLIENT_FIELDS:
        raise BenchmarkFileError(f"{where}.field: {raw['field']!r} is not a client field")
    value = raw["value"]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise BenchmarkFileError(f"{where}.value: must be a number")
    source = raw["source"]
    if not isinstance(source, dict) or not source.get("publisher") or not source.get("published_in"):
        raise BenchmarkFileError(f"{where}.source: needs publisher and published_in")
    return BenchmarkValue(str(raw["id"]), raw["field"], float(value), str(raw["unit"]), str(raw["population"]),
                          str(raw["year"]), str(raw["quote"]), dict(source), raw.get("currency"))


def parse_benchmark(data: object, *, user: bool = False, path: Path | None = None) -> Benchmark:
    where = path.name if path else "benchmark"
    if not isinstance(data, dict) or not isinstance(data.get("values"), list) or "id" not in data:
        raise BenchmarkFileError(f"{where}: needs id, industry and values")
    names = data["industry"] if isinstance(data.get("industry"), dict) else {"en": str(data.get("industry", ""))}
    values = tuple(_value(v if isinstance(v, dict) else {}, f"{where}.values[{i}]")
                   for i, v in enumerate(data["values"]))
    return Benchmark(str(data["id"]), names, values, str(data.get("note", "")), user, path)


def user_data_dir() -> Path:
    """The user's data folder for roi-desktop (ROI_DESKTOP_DATA_DIR overrides it)."""
    if os.environ.get("ROI_DESKTOP_DATA_DIR"):
        return Path(os.environ["ROI_DESKTOP_DATA_DIR"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "roi-desktop"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "roi-desktop"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "roi-desktop"


def user_library_dir() -> Path:
    return user_data_dir() / "benchmarks"


def _read_folder(folder: Path, user: bool, skipped: list[str]) -> list[Benchmark]:
    out = []
    for p in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            out.append(parse_benchmark(json.loads(p.read_text(encoding="utf-8")), user=user, path=p))
        except (OSError, ValueError) as e:  # a damaged file of the user's own is skipped and named
            skipped.append(f"{p.name}: {e}")
    return out


def load_library(user_dir: Path | None | str = "default", skipped: list[str] | None = None) -> list[Benchmark]:
    """The bundled benchmarks, then the user's own (``user_dir=None`` leaves them out)."""
    skipped = [] if skipped is None else skipped
    bundled = _read_folder(resource_path("benchmarks"), False, skipped)
    if user_dir is None:
        return bundled
    folder = user_library_dir() if user_dir == "default" else Path(user_dir)
    return bundled + _read_folder(folder, True, skipped)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "benchmark"


def save_user_benchmark(name: str, values: dict[str, float], source_note: str, *, currency: str,
                        consultant: str = "", folder: Path | None = None) -> Path:
    """Save the consultant's own benchmark (client field -> value) atomically; returns its file."""
    if not name.strip() or not source_note.strip():
        raise ValueError("a benchmark needs a name and a source")
    bad = [k for k, v in values.items() if k not in CLIENT_FIELDS or CLIENT_FIELDS[k].problem(v)]
    if bad or not values:
        raise ValueError(f"not valid client values: {', '.join(bad) or 'none given'}")
    folder = folder or user_library_dir()
    folder.mkdir(parents=True, exist_ok=True)
    year = dt.date.today().year
    ident = "user-" + _slug(name)
    entries = [{"id": f"{ident}-{k}", "field": k, "value": v, "unit": CLIENT_FIELDS[k].unit,
                "currency": currency if k in MONEY_FIELDS else None, "population": name, "year": str(year),
                "quote": source_note, "source": {"publisher": consultant or "own benchmark", "title": name,
                                                 "year": year, "published_in": source_note, "address": ""}}
               for k, v in values.items()]
    data = {"id": ident, "industry": {"en": name, "pl": name}, "note": source_note, "values": entries}
    parse_benchmark(data)  # the file must read back
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return write_bytes_atomically(folder / f"{ident}.json", text.encode("utf-8"))
