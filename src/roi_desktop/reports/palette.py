"""Scenario colours shared by the app, the PDF and the workbook, so scenario 2 is the same colour on
screen in the meeting and in the report handed over afterwards.

Okabe-Ito based: readable in print and for colour-blind readers; repeats after eight scenarios.
"""

SCENARIO_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C6D31", "#332288")


def scenario_colour(index: int) -> str:
    """'#RRGGBB' of the scenario at ``index`` (0-based)."""
    return SCENARIO_COLOURS[index % len(SCENARIO_COLOURS)]
