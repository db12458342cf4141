"""Scenario styles shared by the app, the PDF, the workbook and the deck, so scenario 2 looks the same
on screen in the meeting and in everything handed over afterwards.

Each scenario gets a colour, a dash pattern and a marker. Colours are Okabe-Ito based (readable for
colour-blind readers) plus two; the dash pattern and the marker keep lines apart in grey print. Up to
50 scenarios (the file format's limit) every index has its own (colour, dash) pair.

>>> scenario_style(0)
ScenarioStyle(colour='#0072B2', dash='solid', marker='circle')
>>> [scenario_style(i).dash for i in range(3)]
['solid', 'dash', 'dot']
>>> scenario_style(10).colour == scenario_style(0).colour, scenario_style(10).dash
(True, 'dash')
>>> len({(scenario_style(i).colour, scenario_style(i).dash) for i in range(50)})
50
"""

from __future__ import annotations

from typing import NamedTuple

SCENARIO_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#332288",
                    "#882255", "#117733")
#: Dash patterns by name; each renderer maps the name to its own notation (on/off lengths in line widths here).
DASHES = {"solid": (), "dash": (4.0, 2.0), "dot": (1.0, 1.5), "dash_dot": (4.0, 1.5, 1.0, 1.5),
          "long_dash": (8.0, 3.0)}
DASH_ORDER = ("solid", "dash", "dot", "dash_dot", "long_dash")
MARKERS = ("circle", "square", "triangle", "diamond", "x", "plus")


class ScenarioStyle(NamedTuple):
    colour: str  # '#RRGGBB'
    dash: str  # a key of DASHES
    marker: str  # one of MARKERS


def scenario_style(index: int) -> ScenarioStyle:
    """The style of the scenario at ``index`` (0-based). Neighbours differ in colour, dash and marker
    (grey print tells scenarios 1, 2 and 3 apart); the pair (colour, dash) repeats only after 50."""
    n = len(SCENARIO_COLOURS)
    return ScenarioStyle(SCENARIO_COLOURS[index % n], DASH_ORDER[(index + index // n) % len(DASH_ORDER)],
                         MARKERS[(index + 2 * (index // n)) % len(MARKERS)])


def scenario_colour(index: int) -> str:
    """'#RRGGBB' of the scenario at ``index`` (0-based)."""
    return scenario_style(index).colour
