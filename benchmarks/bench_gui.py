"""Desktop app speed: cold start to a shown window with a sample project (fresh process each run),
and keystroke-to-updated-results latency in the main window and for a meeting-mode slider.
Targets: start under 0.4 s (issue 16; issue 3: 1.5 s); updates under 50 ms at the 95th percentile. Prints figures;
asserts nothing. Headless (QT_QPA_PLATFORM=offscreen) unless a display is set.

Run: python benchmarks/bench_gui.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "resources" / "samples").glob("*.roi"))
START_RUNS = 7
KEYSTROKES = 200
SCENARIO_FIELD = "the selected scenario's one-off cost (one scenario changes)"

CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from roi_desktop.gui.app import create_window, make_application
app = make_application()
window, error = create_window(sys.argv[1])
window.resize(1440, 900)
window.show()
def shown():
    print("shown", window.presenter.result is not None, time.process_time(), flush=True)
    window.presenter.set_dirty(False)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def child_env(home: str) -> dict:
    env = dict(os.environ, XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data", HOME=home)
    # bytecode compiled once, as an installed app has it (pip compiles the wheel; the bundle ships .pyc), also
    # in a checkout run with PYTHONDONTWRITEBYTECODE (which would compile ~100 modules on every start)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = f"{home}/pycache"
    # ROI_BENCH_SRC=<another checkout's src> measures that code with the same script (before/after)
    src = os.environ.get("ROI_BENCH_SRC") or str(ROOT / "src")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")]))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def cold_start(sample: Path) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds (the app process's, interpreter start included) from launch to the window shown
    with its results, ``START_RUNS`` fresh processes after one that fills the bytecode cache."""
    times, cpu = [], []
    with tempfile.TemporaryDirectory() as home:
        env = child_env(home)
        for run in range(START_RUNS + 1):
            t0 = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-c", CHILD, str(sample)], env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True)
            line = child.stdout.readline()
            elapsed = time.perf_counter() - t0
            child.wait(timeout=60)
            if not line.startswith("shown True"):
                raise SystemExit(f"the app did not show {sample.name}: {line!r}")
            if run > 0:  # the first compiled every module into the empty cache
                times.append(elapsed)
                cpu.append(float(line.split()[2]))
    return times, cpu


def keystrokes(sample: Path) -> tuple[list[float], list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from roi_desktop.gui.app import create_window, make_application
    from roi_desktop.gui.widgets.number_edit import NumberEdit
    from roi_desktop.gui.files.recovery import Recovery
    from roi_desktop.gui.files.settings_store import AppSettings

    app = make_application()
    with tempfile.TemporaryDirectory() as home:
        settings = AppSettings(QSettings(f"{home}/s.ini", QSettings.IniFormat))
        window, _ = create_window(str(sample), recovery=Recovery(home), settings=settings)
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        edit = window.client_panel.findChild(NumberEdit, "annual_churn_rate")
        edit.setFocus()
        edit.end(False)
        last = edit.text()[-1]  # "14": alternate "1" and "14", both valid churn rates
        typed = []
        for i in range(KEYSTROKES):
            before = window.presenter.result
            t0 = time.perf_counter()
            if i % 2 == 0:
                QTest.keyClick(edit, Qt.Key_Backspace)
            else:
                QTest.keyClicks(edit, last)
            app.processEvents()  # layout and paint of every changed widget
            typed.append(time.perf_counter() - t0)
            assert window.presenter.result is not before
        window.enter_meeting(full_screen=False)
        app.processEvents()
        slider = window.meeting.sliders["cut_churn"].slider
        moved = []
        for _ in range(KEYSTROKES):
            t0 = time.perf_counter()
            slider.setValue((slider.value() + 7) % (slider.maximum() + 1))
            app.processEvents()
            moved.append(time.perf_counter() - t0)
        window.meeting.reset_values()  # else leaving the meeting asks (a modal dialog) whether to keep them
        window.presenter.set_dirty(False)
        window.close()
    return typed, moved


def fifty_scenarios(sample: Path):
    """The sample at a 10-year horizon with its scenarios repeated up to the format's 50."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from dataclasses import replace
    from bench_common import ten_years
    from roi_desktop.core.inputs import MAX_SCENARIOS
    from roi_desktop.projectfile import load_project
    project = ten_years(load_project(sample))
    base = project.scenarios
    scenarios = [replace(base[i % len(base)], name=f"{base[i % len(base)].name} #{i + 1}") for i in range(MAX_SCENARIOS)]
    return project.with_changes(scenarios=tuple(scenarios))


def _wait_until_current(app, presenter, timeout: float = 60.0) -> None:
    """Run the event loop until the results shown belong to the draft (and are painted)."""
    from PySide6.QtCore import QEventLoop
    deadline = time.perf_counter() + timeout
    while getattr(presenter, "pending", False):  # (an app before the background calculation: never)
        if time.perf_counter() > deadline:
            raise SystemExit("the results never caught up with the draft")
        app.processEvents(QEventLoop.WaitForMoreEvents, 50)
        # offscreen, processEvents returns at once even with nothing to do: a bare loop would keep a core
        # busy (and the GIL) that the app's calculation helper and its receiving thread need; the real
        # app sleeps in its event loop
        time.sleep(0.0005)
    app.processEvents()  # layout and paint of the results that arrived


def keystrokes_at_scale(sample: Path, runs: int = KEYSTROKES, paced: int = 60, pace_ms: float = 120.0,
                        field: str = "annual_churn_rate") -> dict:
    """Typing in a field with 50 scenarios at 10 years: the client's churn (every scenario changes) or
    a field of the selected scenario (``one_off_cost``: one scenario changes).

    ``key``: keystroke to the field and its validation shown (the event loop idle again), wall and GUI-thread
    CPU time; ``fresh``: keystroke to the results of that keystroke shown and repainted; ``cpu``: CPU time of
    the app process (every thread; not its calculation helper process) from the keystroke to fresh results. Then ``paced``: keystrokes every
    ``pace_ms`` without waiting (calculations still running behind them), each keystroke's latency, and
    the time from the last one to up-to-date results.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from roi_desktop.gui.app import create_window, make_application
    from roi_desktop.gui.widgets.number_edit import NumberEdit
    from roi_desktop.gui.files.recovery import Recovery
    from roi_desktop.gui.files.settings_store import AppSettings

    app = make_application()
    out = {"key": [], "key_cpu": [], "fresh": [], "cpu": [], "paced": [], "paced_fresh": []}
    with tempfile.TemporaryDirectory() as home:
        settings = AppSettings(QSettings(f"{home}/s.ini", QSettings.IniFormat))
        window, _ = create_window(None, recovery=Recovery(home), settings=settings)
        window.presenter.load(fifty_scenarios(sample))
        window.resize(1440, 900)
        window.show()
        app.processEvents()
        presenter = window.presenter
        panel = window.client_panel if field == "annual_churn_rate" else window.scenario_panel
        edit = panel.findChild(NumberEdit, field)
        edit.setFocus()
        edit.end(False)
        if len(edit.text().replace(" ", "")) < 2:  # e.g. "0": typed longer so a backspace leaves a number
            QTest.keyClicks(edit, "25")
            _wait_until_current(app, presenter)
        last = edit.text()[-1]

        def type_one(i: int) -> None:
            if i % 2 == 0:
                QTest.keyClick(edit, Qt.Key_Backspace)
            else:
                QTest.keyClicks(edit, last)

        for i in range(runs):
            before = presenter.result
            t0, c0, g0 = time.perf_counter(), time.process_time(), time.thread_time()
            type_one(i)
            app.processEvents()
            out["key"].append(time.perf_counter() - t0)
            out["key_cpu"].append(time.thread_time() - g0)
            _wait_until_current(app, presenter)
            out["fresh"].append(time.perf_counter() - t0)
            out["cpu"].append(time.process_time() - c0)
            assert presenter.result is not before and presenter.result.project == presenter.project
        for i in range(paced):
            t0 = time.perf_counter()
            type_one(i)
            app.processEvents()
            out["paced"].append(time.perf_counter() - t0)
            while time.perf_counter() - t0 < pace_ms / 1e3:  # the typist's pause: results may land in it
                app.processEvents()
                time.sleep(0.002)
        t0 = time.perf_counter()
        _wait_until_current(app, presenter)
        out["paced_fresh"].append(time.perf_counter() - t0)
        assert presenter.result.project == presenter.project
        window.presenter.set_dirty(False)
        window.close()
    return out


def print_scale(figures: dict, what: str = "the client's churn (every scenario changes)") -> None:
    ms = lambda values, q: percentile(values, q) * 1e3  # noqa: E731
    print(f"50 scenarios x 10 years, typing {what} ({len(figures['key'])} keystrokes, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} before)")
    print(f"  keystroke to field + validation shown: p50 {ms(figures['key'], .5):6.1f} ms  p95 "
          f"{ms(figures['key'], .95):6.1f} ms  (GUI thread CPU p50 {ms(figures['key_cpu'], .5):.1f} ms, p95 "
          f"{ms(figures['key_cpu'], .95):.1f} ms; target p95 <= 16.7 ms)")
    print(f"  keystroke to up-to-date results shown: p50 {ms(figures['fresh'], .5):6.1f} ms  p95 "
          f"{ms(figures['fresh'], .95):6.1f} ms  (CPU of the app process, its calculation helper "
          f"process not counted: p50 {ms(figures['cpu'], .5):.1f} ms, p95 {ms(figures['cpu'], .95):.1f} ms)")
    print(f"  typing every 120 ms ({len(figures['paced'])} keys, calculations running behind): keystroke p50 "
          f"{ms(figures['paced'], .5):6.1f} ms  p95 {ms(figures['paced'], .95):6.1f} ms; last key to up-to-date "
          f"results {figures['paced_fresh'][0] * 1e3:.0f} ms")
    print(f"  load average after: {os.getloadavg()[0]:.1f}")


def main() -> None:
    if "--scale" in sys.argv:  # only the 50-scenario figure (issue 10: p95 within one 60 Hz frame, 16.7 ms)
        if not os.environ.get("DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        runs = int(os.environ.get("ROI_BENCH_KEYS", KEYSTROKES))
        print_scale(keystrokes_at_scale(SAMPLES[0], runs=runs))
        print_scale(keystrokes_at_scale(SAMPLES[0], runs=runs, field="one_off_cost"), SCENARIO_FIELD)
        return
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"GUI benchmark ({os.cpu_count()} CPUs, Qt platform {os.environ.get('QT_QPA_PLATFORM') or 'xcb'}, "
          f"load average {os.getloadavg()[0]:.1f})")
    print(f"cold start to a shown main window with the sample, {START_RUNS} fresh processes (seconds; CPU: the app "
          "process's, interpreter start included; target 0.4)")
    for sample in SAMPLES:
        runs, cpu = cold_start(sample)
        print(f"  {sample.name:28} median {statistics.median(runs):.2f}  min {min(runs):.2f}  max {max(runs):.2f}   "
              f"CPU median {statistics.median(cpu):.2f}  min {min(cpu):.2f}")
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs after")
    probe = subprocess.run([sys.executable, "-c", "import sys, roi_desktop.gui.app, roi_desktop.gui.main_window; "
                            "print(sorted(m for m in ('pandas', 'openpyxl', 'reportlab') if m in sys.modules))"],
                           env=child_env(tempfile.gettempdir()), capture_output=True, text=True)
    print(f"  heavy modules loaded by the app's start-up imports: {probe.stdout.strip() or probe.stderr.strip()[-200:]}")
    if "--start-only" in sys.argv:
        return
    print(f"keystroke / slider move to updated and repainted results, {KEYSTROKES} each (milliseconds)")
    for sample in SAMPLES:
        typed, moved = keystrokes(sample)
        print(f"  {sample.name:28} typing churn: median {statistics.median(typed) * 1e3:5.1f}  "
              f"p95 {percentile(typed, 0.95) * 1e3:5.1f}   meeting slider: median "
              f"{statistics.median(moved) * 1e3:5.1f}  p95 {percentile(moved, 0.95) * 1e3:5.1f}")
    print_scale(keystrokes_at_scale(SAMPLES[0]))
    print_scale(keystrokes_at_scale(SAMPLES[0], field="one_off_cost"), SCENARIO_FIELD)


if __name__ == "__main__":
    main()
