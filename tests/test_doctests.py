"""The runnable examples in every module's docstrings must hold: each module of roi_desktop is collected,
so a new module's examples run without being listed here."""

import doctest
import importlib
import pkgutil

import pytest

import roi_desktop

ALL_MODULES = sorted(m.name for m in pkgutil.walk_packages(roi_desktop.__path__, "roi_desktop."))
# Modules whose examples are their documentation (published values): they must keep some.
WITH_EXAMPLES = [
    "roi_desktop.core.finance",
    "roi_desktop.core.monthly",
    "roi_desktop.core.timing",
    "roi_desktop.core.engine",
    "roi_desktop.core.risk",
    "roi_desktop.core.montecarlo",
    "roi_desktop.core.unicode_text",
    "roi_desktop.reports.numbers",
    "roi_desktop.reports.ticks",
    "roi_desktop.reports.risk_text",
    "roi_desktop.core.irr_verdict",
    "roi_desktop.core.batch_npv",
    "roi_desktop.core.fields",
    "roi_desktop.reports.problem_words",
    "roi_desktop.reports.field_words",
]


@pytest.mark.parametrize("name", ALL_MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert failures == 0
    assert tried > 0 or name not in WITH_EXAMPLES, f"{name} lost its examples"


def test_every_module_is_collected():
    assert set(WITH_EXAMPLES) <= set(ALL_MODULES) and len(ALL_MODULES) > 50
