"""The runnable examples in the docstrings (formulas with published values) must hold."""

import doctest
import importlib

import pytest

MODULES = [
    "roi_desktop.core.finance",
    "roi_desktop.core.monthly",
    "roi_desktop.core.timing",
    "roi_desktop.core.engine",
    "roi_desktop.reports.numbers",
    "roi_desktop.reports.ticks",
    "roi_desktop.core.irr_verdict",
    "roi_desktop.core.batch_npv",
    "roi_desktop.core.fields",
    "roi_desktop.reports.problem_words",
    "roi_desktop.reports.field_words",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    failures, tried = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS)
    assert tried > 0, f"{name} has no examples"
    assert failures == 0
