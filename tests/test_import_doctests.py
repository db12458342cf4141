"""The runnable examples in the import modules' docstrings must hold."""

import doctest
import importlib

import pytest

MODULES = ["roi_desktop.core.history", "roi_desktop.importer.decoding", "roi_desktop.importer.numbers",
           "roi_desktop.importer.months", "roi_desktop.importer.headers", "roi_desktop.importer.benchmarks"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    failures, tried = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried > 0 and failures == 0
