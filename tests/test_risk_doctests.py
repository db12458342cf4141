"""The runnable examples in the risk modules' docstrings must hold."""

import doctest
import importlib

import pytest


@pytest.mark.parametrize("name", ["roi_desktop.core.risk", "roi_desktop.core.montecarlo",
                                  "roi_desktop.reports.risk_text"])
def test_docstring_examples(name):
    failures, tried = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried > 0 and failures == 0
