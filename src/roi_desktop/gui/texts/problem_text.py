"""Problems named the way a user sees the fields: 'Scenario “Cut 20 %” · Churn change: ...'."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from roi_desktop.gui.draft.draft_paths import field_of, scenario_index, tokens
from roi_desktop.gui.texts.field_texts import field_text

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


MULTI_LINE_FIELDS = ("notes", "comment")


def single_line(path: str, text: str) -> str:
    """A pasted line break (or tab) in a one-line field becomes a space; notes keep theirs."""
    if field_of(path) in MULTI_LINE_FIELDS or not any(c in text for c in "\r\n\t\v\f\u2028\u2029"):
        return text
    return " ".join(text.replace("\r\n", "\n").translate(
        {ord(c): "\n" for c in "\r\t\v\f\u2028\u2029"}).split("\n")).replace("  ", " ")


def step_label(presenter, path: str, value=None) -> str:
    """The undo step's name as the Edit menu shows it: "rename 'Cut 20 %'", "change Churn change"."""
    toks = tokens(path)
    i = scenario_index(path)
    if i is not None and toks[2:] == ["name"]:
        old = presenter.value(path) or str(i + 1)
        return translate("History", "rename '%1'").replace("%1", str(old))
    return translate("History", "change %1").replace("%1", where(presenter, path))


def explain(presenter, problem) -> str:
    """A core Problem in the interface language, from its code (never its English message): a number
    out of range gives the valid range in the units people type; everything else the catalogue's words."""
    from roi_desktop.reports.problem_words import problem_text
    from roi_desktop.gui.draft.draft_paths import get_path
    from roi_desktop.gui.texts.field_texts import range_message, spec_for
    path, code = problem.path, problem.code
    name = field_of(path)
    if code in ("out_of_range", "not_a_number") and "ranges" not in path:
        try:
            spec = spec_for(name)
        except KeyError:
            spec = None
        if spec is not None and spec.problem(get_path(presenter.snapshot_view(), path)) is not None:
            return range_message(spec, presenter.currency, presenter.lang)
    if code == "churn_outside_range":
        return translate("Presenter", "The churn change must lie between its low and high values.")
    if code == "empty":
        return translate("Presenter", "Must not be empty.")
    if code in ("not_a_currency", "not_text") and name == "currency":
        return translate("Presenter", "Enter a three-letter currency code such as PLN or EUR.")
    if code == "duplicate_line_name":
        return translate("Presenter", "Another line has this name already.")
    said = problem_text(problem, presenter.lang)
    return (said[:1].upper() + said[1:]).rstrip(".") + "." if said else said


PERCENT_HINTS = ("client.annual_churn_rate", "client.gross_margin", "client.service_churn_share",
                 "analysis.discount_rate", "client.operations.agent_share_of_spend", "client.operations.shrinkage",
                 "client.operations.target_service_level")
# a scenario's percent fields where a value under 1 % is implausible: a cut typed "-0,2" meant -20 %, a
# risk "0,1" meant 10 % (small changes of revenue, contacts or handle time are normal: no hint there)
SCENARIO_PERCENT_HINTS = ("service_spend_change", "benefit_risk", "cost_risk")


def typed_problems(presenter, typed: dict) -> dict[str, str]:
    """{path: message} for the texts that are not numbers yet ({path: (text, why)})."""
    from roi_desktop.gui.texts.field_texts import range_message, spec_for
    out = {}
    for path, (_, why) in typed.items():
        head = {"required": translate("Presenter", "Required. %1"),
                "whole": translate("Presenter", "Customers are counted in whole numbers. %1")}.get(
            why, translate("Presenter", "Not a number. %1"))
        out[path] = head.replace("%1", range_message(spec_for(field_of(path)), presenter.currency, presenter.lang))
    return out


def field_problem(presenter, path: str) -> dict[str, str]:
    """{path: message} when the value at ``path`` is outside its field's range (checked alone, at once)."""
    from roi_desktop.gui.draft.draft_paths import get_path
    from roi_desktop.gui.texts.field_texts import spec_for
    try:
        spec = spec_for(field_of(path))
    except KeyError:
        return {}
    problem = spec.problem_at(path, get_path(presenter.snapshot_view(), path))
    return {} if problem is None else {path: explain(presenter, problem)}


def percent_hints(data: dict, lang: str) -> dict[str, str]:
    """A churn, margin, share, rate or a scenario's change typed as a fraction where percent is expected
    ("0,14" read as 0.14 %, "-0,2" as -0.2 %): "Did you mean 14 %?". Only a hint; the value stands."""
    from roi_desktop.reports.numbers import number
    from roi_desktop.gui.draft.draft_paths import get_path
    hints = {}
    found = [(path, get_path(data, path)) for path in PERCENT_HINTS]
    for i, scenario in enumerate(data.get("scenarios") or []):
        if isinstance(scenario, dict):
            found += [(f"scenarios[{i}].{name}", scenario.get(name)) for name in SCENARIO_PERCENT_HINTS
                      if scenario.get(name)]
    for path, value in found:
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < abs(value) < 0.01:
            meant = number(value * 10_000, lang, 2 if (value * 10_000) % 1 else 0)
            hints[path] = translate("Presenter", "Did you mean %1 %? Percent is typed as 14 for 14 %.").replace(
                "%1", meant)
    return hints
