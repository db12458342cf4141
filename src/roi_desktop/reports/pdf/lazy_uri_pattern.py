"""Import reportlab's paragraph module with its URL pattern compiled when first used, not at import.

``reportlab.platypus.paragraph`` compiles, as it is imported, a case-insensitive URL pattern over
Unicode ranges (``uri_pat``, from Django's validator): about 37 ms of CPU, a fifth of importing
reportlab, on the export's critical path (the forked PDF writer). reportlab uses it only to split a
long URL at its slashes when hyphenating; the report never does. :func:`import_reportlab_paragraph`
imports the module with that one ``re.compile`` call answered by :class:`LazyPattern`, which compiles
the same pattern with the same flags on first use and then behaves as the compiled pattern.

Only a call from that module whose pattern contains ``://`` is deferred; any other ``re.compile``
(another thread, another module, another pattern) runs as always, and ``re.compile`` is restored
before this returns. When the module was already imported, nothing happens.
"""

from __future__ import annotations

import re
import sys
import threading

MODULE = "reportlab.platypus.paragraph"
_lock = threading.Lock()


class LazyPattern:
    """A compiled regular expression made on first use: ``match``, ``search``, ``pattern``, ``flags``
    and the rest come from ``re.compile(pattern, flags)``."""

    def __init__(self, pattern: str, flags: int, compile_now) -> None:
        self._source = (pattern, flags)
        self._compile_now = compile_now
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = self._compile_now(*self._source)
        return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[0]!r}, {self._source[1]!r})"


def import_reportlab_paragraph() -> None:
    """Import ``reportlab.platypus.paragraph`` (and with it reportlab's platypus) with its URL
    pattern deferred; a no-op once it is imported."""
    if MODULE in sys.modules:
        return
    with _lock:
        if MODULE in sys.modules:
            return
        real_compile = re.compile

        def compile_deferring_uri(pattern, flags=0):
            if isinstance(pattern, str) and "://" in pattern \
                    and sys._getframe(1).f_globals.get("__name__") == MODULE:
                return LazyPattern(pattern, flags, real_compile)
            return real_compile(pattern, flags)

        re.compile = compile_deferring_uri
        try:
            import reportlab.platypus.paragraph  # noqa: F401  (the import is the point)
        finally:
            re.compile = real_compile
