"""reportlab's URL pattern compiled on first use (reports/pdf/lazy_uri_pattern.py): the same matches
as the pattern compiled at import, re.compile as it was, nothing else deferred."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

from roi_desktop.reports.pdf.lazy_uri_pattern import LazyPattern

URIS = ["https://example.com/a/b/", "ftp://user:pw@10.0.0.1:21/x", "http://[::1]/", "HTTP://ŁÓDŹ.pl/ścieżka",
        "www.example.com", "mailto:a@b.pl", "http://localhost:8080", "not a uri", "", "https://-bad-.com"]


def test_a_fresh_import_defers_only_the_uri_pattern_and_matches_the_same():
    script = textwrap.dedent(f"""
        import re
        compile_before = re.compile
        import roi_desktop.reports.pdf
        import reportlab.platypus.paragraph as paragraph
        from roi_desktop.reports.pdf.lazy_uri_pattern import LazyPattern
        assert re.compile is compile_before
        assert isinstance(paragraph.uri_pat, LazyPattern)
        assert isinstance(paragraph._hy_letters_pat, re.Pattern)  # other patterns compiled as always
        real = re.compile(paragraph.uri_pat.pattern, paragraph.uri_pat.flags)
        assert paragraph.uri_pat.flags & re.I
        for uri in {URIS!r}:
            ours, theirs = paragraph.uri_pat.match(uri), real.match(uri)
            assert (ours and ours.groups()) == (theirs and theirs.groups()), uri
            assert (paragraph._uri_split_pairs(uri) is None) == (theirs is None)  # reportlab's one use
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_lazy_pattern_compiles_once_on_first_use():
    calls = []

    def counting(pattern, flags):
        calls.append(pattern)
        return re.compile(pattern, flags)

    lazy = LazyPattern(r"a+(b)", re.I, counting)
    assert calls == []
    assert lazy.match("AAB").group(1) == "B" and lazy.search("xab").span() == (1, 3)
    assert lazy.pattern == r"a+(b)" and calls == [r"a+(b)"]
