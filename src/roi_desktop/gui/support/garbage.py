"""The garbage collector tuned for an interactive app (as Instagram and others do for latency).

Python's cyclic collector runs after every 700 new container objects by default, and now and then it
walks every object the app holds (Qt wrappers, modules, numpy arrays, a 50-scenario result): a
keystroke that builds a project and a result creates tens of thousands of short-lived objects and paid
~1.5 ms for collections it did not need. ``tune()`` lets the youngest generation grow to 20,000 objects
(collections are rarer and still cheap: the young die young) and ``freeze_start_up()`` moves what exists
after start-up (modules, widgets) out of the collector's walks for good. Memory is still freed at once
by reference counting; only reference cycles wait a little longer.
"""

from __future__ import annotations

import gc

YOUNG_OBJECTS = 20_000


def tune() -> None:
    _young, middle, old = gc.get_threshold()
    if _young < YOUNG_OBJECTS:
        gc.set_threshold(YOUNG_OBJECTS, middle, old)


def freeze_start_up() -> None:
    """Everything alive now (modules, the first window's widgets) is never walked by a collection again.
    Once per process: later windows (tests make hundreds) would freeze earlier windows' garbage too."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
