"""The one catalogue of words: both languages hold the same keys, every template formats, plurals are right."""

import string

import pytest

from roi_desktop.reports.words import AREAS, text, words

EN = words("en")._words
PL = words("pl")._words


def _fields(template):
    forms = template if isinstance(template, tuple) else (template,)
    return [{name for _, name, _, _ in string.Formatter().parse(f) if name} for f in forms]


@pytest.mark.parametrize("area", AREAS, ids=lambda a: a.__name__.rsplit(".", 1)[-1])
def test_each_area_holds_the_same_keys_in_both_languages(area):
    assert set(area.EN) - set(area.PL) == set()
    assert set(area.PL) - set(area.EN) == set()


@pytest.mark.parametrize("key", sorted(EN))
def test_templates_take_the_same_values_in_both_languages(key):
    en_fields, pl_fields = _fields(EN[key]), _fields(PL[key])
    assert all(f == en_fields[0] for f in en_fields + pl_fields), (key, en_fields, pl_fields)


@pytest.mark.parametrize("n, expected", [(1, "1 rok"), (2, "2 lata"), (4, "4 lata"), (5, "5 lat"), (10, "10 lat"),
                                         (12, "12 lat"), (14, "14 lat"), (21, "21 lat"), (22, "22 lata"),
                                         (1.5, "1.5 roku")])
def test_polish_years(n, expected):
    assert text("pl", "years_count", n=n) == expected


def test_english_years():
    assert [text("en", "years_count", n=n) for n in (1, 2, 10)] == ["1 year", "2 years", "10 years"]


def test_unknown_language_is_refused():
    with pytest.raises(KeyError):
        words("de")
