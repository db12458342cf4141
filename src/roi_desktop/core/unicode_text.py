"""Text a project may hold, and user text as a message may show it.

Every character of a project's text must be writable as UTF-8: JSON accepts an escaped lone surrogate
(``"\\ud800"``), which no file, PDF or workbook can store. A key a user wrote is shown in a field path
as it is when it reads as a name, else quoted and shortened, so a path is never huge or ambiguous.
"""

from __future__ import annotations

import re

from .fields import shorten

_UNWRITABLE = re.compile("[\ud800-\udfff]")  # the only code points Python text holds that UTF-8 cannot
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,79}")


def unwritable_at(value: str) -> int | None:
    """The index of the first character of ``value`` that UTF-8 cannot store, or None."""
    found = _UNWRITABLE.search(value)
    return None if found is None else found.start()


def unwritable_character(value: str) -> str | None:
    """Why ``value`` cannot be saved as UTF-8 text, or None when it can.

    >>> unwritable_character("Zażółć")
    >>> unwritable_character("A\\ud800")
    'holds a character that cannot be saved as UTF-8 (U+D800, a lone surrogate, character 2); retype it'
    """
    found = _UNWRITABLE.search(value)
    if found is None:
        return None
    return (f"holds a character that cannot be saved as UTF-8 (U+{ord(found.group()):04X}, a lone surrogate, "
            f"character {found.start() + 1}); retype it")


def path_key(key: object) -> str:
    """A key as one step of a field path: a plain name as it is, anything else quoted and shortened.

    >>> path_key("customers")
    'customers'
    >>> path_key("gross margin")
    "'gross margin'"
    >>> len(path_key("x" * 100_000)) <= 80
    True
    """
    if isinstance(key, str) and _PLAIN_KEY.fullmatch(key):
        return key
    return shorten(key)


def joined_path(parent: str, key: object) -> str:
    """``parent.key`` in the project-file notation (``key`` alone at the top).

    >>> joined_path("scenarios[3]", "name")
    'scenarios[3].name'
    >>> joined_path("", "client")
    'client'
    """
    step = path_key(key)
    return f"{parent}.{step}" if parent else step
