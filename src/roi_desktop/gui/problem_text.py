"""Problems named the way a user sees the fields: 'Scenario “Cut 20 %” · Churn change: ...'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .draft_paths import field_of, scenario_index, tokens
from .field_texts import field_text

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def where(presenter, path: str) -> str:
    toks = tokens(path)
    name = field_of(path)
    label = field_text(name).label if name else ""
    i = scenario_index(path)
    if i is not None:
        scenario = presenter.value(f"scenarios[{i}].name") or str(i + 1)
        head = translate("Problems", "Scenario “%1”").replace("%1", str(scenario))
        if "lines" in toks:
            j = toks[toks.index("lines") + 1]
            line = presenter.value(f"scenarios[{i}].lines[{j}].name") or str(j + 1)
            head += " · " + translate("Problems", "line “%1”").replace("%1", str(line))
            if name == "amounts":
                return f"{head} · " + translate("Problems", "Year %1").replace("%1", str(toks[-1]))
        return f"{head} · {label}"
    if path.startswith("client.ranges") or path.startswith("analysis."):
        return label
    return label or path


def problem_lines(presenter, problems: dict) -> list[str]:
    return [f"• {where(presenter, path)}: {message}" for path, message in problems.items()]
