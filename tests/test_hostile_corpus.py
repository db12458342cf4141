"""The hostile corpus (tests/hostile_corpus, written by its make_corpus.py) and a fuzz test over the samples.

The contract for any file a user can hand the program: exit 0 with finite, consistent JSON, or exit 2 with
every problem located (a field path, or a line and column); never exit 1, never a traceback, never a line
longer than 2,000 characters. stdout and stderr are real UTF-8 streams here (a StringIO would accept
text a terminal or pipe refuses, which is how a lone surrogate once crashed `calc`).
"""

from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roi_desktop.cli.main import main

CORPUS = Path(__file__).parent / "hostile_corpus"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))
SAMPLES = sorted((Path(__file__).parents[1] / "resources" / "samples").glob("*.roi"))
# "  path: why" (names, [i] and quoted keys as repr() shows them) or a message with a line and column
_STEP = r"""(?:[A-Za-z_]\w*|\[\d+\]|\.|'(?:[^'\\]|\\.)*(?:'|…)|"(?:[^"\\]|\\.)*(?:"|…))"""
LOCATED = re.compile(rf"^  (?:{_STEP}+: .+|.*\bline \d+, column \d+\b.*)$")


def run(argv: list[str], monkeypatch) -> tuple[int, str, str]:
    """``main(argv)`` with stdout/stderr as the strict UTF-8 streams a pipe gives (stderr escapes, as Python's does)."""
    out, err = io.BytesIO(), io.BytesIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict")
    stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace")
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "stderr", stderr)
    code = main(argv)
    stdout.flush()
    stderr.flush()
    return code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8")


def assert_contract(code: int, out: str, err: str) -> None:
    assert code in (0, 2), f"exit {code}: {err[:500]}"
    assert "Traceback" not in out + err
    assert max(map(len, (out + "\n" + err).splitlines()), default=0) <= 2_000
    if code == 0:
        assert_consistent(json.loads(out))
    else:
        head, *problems = err.splitlines()
        assert head.startswith("roi-desktop: ") and problems, err[:500]
        unlocated = [line for line in problems if not LOCATED.match(line)]
        assert not unlocated, unlocated


def assert_consistent(result: dict) -> None:
    """Finite numbers that add up: NPV = PV(benefits) - PV(costs) = the sum of the yearly PVs (MODEL.md)."""
    def numbers(x):
        if isinstance(x, dict):
            for v in x.values():
                yield from numbers(v)
        elif isinstance(x, list):
            for v in x:
                yield from numbers(v)
        elif isinstance(x, float):
            yield x
    assert all(math.isfinite(x) for x in numbers(result))
    for s in result["scenarios"]:
        scale = max(1.0, abs(s["pv_benefits"]), abs(s["pv_costs"]))
        assert s["npv"] == pytest.approx(s["pv_benefits"] - s["pv_costs"], abs=1e-9 * scale)
        assert s["npv"] == pytest.approx(sum(y["pv_net"] for y in s["yearly"]), abs=1e-9 * scale)


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_corpus_file_gives_a_result_or_a_located_refusal(name, monkeypatch):
    case = CASES[name]
    for argv in (["calc", "--trials", "100"], ["calc", "--json", "--trials", "100"]):
        code, out, err = run([*argv, str(CORPUS / name)], monkeypatch)
        assert code == case["exit"], err[:500]
        if "--json" in argv:
            assert_contract(code, out, err)
        for place in case["places"]:
            assert place in err, (place, err[:1000])


@pytest.mark.parametrize("name", [n for n in sorted(CASES) if n.startswith(("surrogate", "duplicate"))][:4])
def test_export_refuses_the_same_files(name, monkeypatch, tmp_path):
    code, out, err = run(["export", str(CORPUS / name), "--pdf", str(tmp_path / "r.pdf"),
                          "--xlsx", str(tmp_path / "r.xlsx")], monkeypatch)
    assert code == 2 and CASES[name]["places"][0] in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow  # a process of its own
def test_a_lone_surrogate_is_bad_input_in_a_real_process():
    done = subprocess.run([sys.executable, "-m", "roi_desktop", "calc", str(CORPUS / "surrogate-client-name.roi")],
                          capture_output=True, timeout=120)
    assert done.returncode == 2 and b"client.name" in done.stderr and b"Traceback" not in done.stderr


def test_user_values_are_quoted_at_about_80_characters(monkeypatch):
    code, _, err = run(["calc", str(CORPUS / "huge-kind.roi")], monkeypatch)
    quoted = re.search(r"got ('x+…)", err)
    assert code == 2 and quoted and 60 <= len(quoted.group(1)) <= 90


# ---- the fuzz test: seeded mutations of the samples -------------------------------------------------
HOSTILE_TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["\ud800", "a\udfff", "\ud83d\ude00", "Zażółć", "x" * 5_000, "\x00", "\u202e", ""]),
)
HOSTILE_VALUE = st.one_of(
    HOSTILE_TEXT, st.none(), st.booleans(), st.integers(min_value=-10**30, max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.lists(st.integers(), max_size=3),
    st.dictionaries(HOSTILE_TEXT, st.integers(), max_size=2),
)


def _places(obj, path=()):
    """Every (container, key) pair in a decoded project."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield obj, k
            yield from _places(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield obj, i
            yield from _places(v, (*path, i))


@st.composite
def mutated_projects(draw):
    data = json.loads(draw(st.sampled_from(SAMPLES)).read_text(encoding="utf-8"))
    places = list(_places(data))
    for _ in range(draw(st.integers(1, 3))):
        container, key = places[draw(st.integers(0, len(places) - 1))]
        action = draw(st.sampled_from(["replace", "new key", "drop"]))
        if action == "replace":
            container[key] = draw(HOSTILE_VALUE)
        elif action == "new key" and isinstance(container, dict):
            container[draw(HOSTILE_TEXT)] = draw(HOSTILE_VALUE)
        elif isinstance(container, dict):
            container.pop(key, None)
    text = json.dumps(data, ensure_ascii=draw(st.booleans()), allow_nan=True)
    if draw(st.booleans()):  # a key written twice somewhere
        keys = re.findall(r'"[a-z_]+": ', text)
        if keys:
            key = draw(st.sampled_from(keys))
            text = text.replace(key, f"{key}1, {key}", 1)
    if draw(st.integers(0, 9)) == 0:  # now and then, cut or garble the bytes
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["", "\\ud800", "[" * 50, "\u00ff"]))
    return text.encode("utf-8", "surrogatepass")


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(content=mutated_projects())
def test_fuzzed_samples_keep_the_contract(content, tmp_path, monkeypatch):
    path = tmp_path / "fuzzed.roi"
    path.write_bytes(content)
    assert_contract(*run(["calc", "--json", "--trials", "100", str(path)], monkeypatch))
