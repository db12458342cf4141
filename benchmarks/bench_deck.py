"""How long the PowerPoint deck and the two-page leave-behind take (target: each well under 1 s).

Per sample and language: the first deck and leave-behind in a fresh process (imports python-pptx,
loads the fonts), then the median and worst of further runs written to disk; also the deck from a
firm's template (python-pptx's own default, 4:3, widened) and a 50-scenario project (split slides).
The risk analysis is computed once beforehand and not counted.

    python benchmarks/bench_deck.py
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import timed  # noqa: E402
from roi_desktop.core import calculate  # noqa: E402
from roi_desktop.core.risk import analyse_risk  # noqa: E402
from roi_desktop.projectfile import load_project  # noqa: E402


def fifty(project):
    """The project's scenarios repeated to 50 (names numbered), as the file format allows."""
    made = [dataclasses.replace(s, name=f"{s.name} ({i + 1})")
            for i, s in enumerate(project.scenarios[i % len(project.scenarios)] for i in range(50))]
    return dataclasses.replace(project, scenarios=tuple(made))


def main(repeats: int = 5) -> None:
    start = time.perf_counter()
    from roi_desktop.reports.deck import write_deck
    from roi_desktop.reports.leave_behind import write_summary_pdf
    print(f"import of the deck and leave-behind writers: {time.perf_counter() - start:.3f} s")
    samples = sorted((ROOT / "resources" / "samples").glob("*.roi"))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        from pptx import Presentation
        template = out / "firm.pptx"
        Presentation().save(template)
        first = True
        for sample in samples:
            project = load_project(sample)
            result = calculate(project)
            risk = analyse_risk(project, result=result)
            for lang in ("pl", "en"):
                deck = out / f"{sample.stem}-{lang}.pptx"
                summary = out / f"{sample.stem}-{lang}.pdf"
                if first:
                    t = time.perf_counter()
                    write_deck(result, deck, lang=lang, risk=risk)
                    t1 = time.perf_counter()
                    write_summary_pdf(result, summary, lang=lang, risk=risk)
                    print(f"  first in the process: deck {t1 - t:.3f} s, leave-behind {time.perf_counter() - t1:.3f} s")
                    first = False
                d = timed(lambda result=result, deck=deck, lang=lang, risk=risk: write_deck(result, deck, lang=lang, risk=risk),
                          repeats)
                s = timed(lambda result=result, summary=summary, lang=lang, risk=risk: write_summary_pdf(
                    result, summary, lang=lang, risk=risk), repeats)
                print(f"  {sample.stem:<24} {lang}: deck median {d[0]:.0f} ms (worst {d[2]:.0f} ms, "
                      f"{deck.stat().st_size / 1024:.0f} KiB); leave-behind median {s[0]:.0f} ms "
                      f"(worst {s[2]:.0f} ms)")
            f = timed(lambda result=result, risk=risk: write_deck(result, out / "firm-deck.pptx", lang="en", risk=risk,
                                                                 template=template),
                      repeats)
            print(f"  {sample.stem:<24} deck from a firm's template: median {f[0]:.0f} ms")
        project = fifty(load_project(samples[0]))
        result = calculate(project)
        risk = analyse_risk(project, result=result, trials=2000)
        d = timed(lambda: write_deck(result, out / "fifty.pptx", lang="pl", risk=risk), 3)
        s = timed(lambda: write_summary_pdf(result, out / "fifty.pdf", lang="pl", risk=risk), 3)
        print(f"  50 scenarios: deck median {d[0]:.0f} ms ({len(Presentation(str(out / 'fifty.pptx')).slides)} "
              f"slides), leave-behind median {s[0]:.0f} ms")


if __name__ == "__main__":
    main()
