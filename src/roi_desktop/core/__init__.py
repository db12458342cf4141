"""The pure model: inputs, validation, scenarios, metrics, risk. No Qt and no file formats here."""

from .engine import baseline_clv, calculate, cost_of_poor_service, scenario_npv
from .errors import Problem, RoiError, ValidationError
from .fields import ANALYSIS_FIELDS, CLIENT_FIELDS, SCENARIO_FIELDS, FieldSpec
from .finance import clv, irr, npv, present_value
from .inputs import Analysis, Client, CustomLine, Project, Range, ReportSettings, Scenario
from .results import BaselineResult, CostOfPoorService, LineResult, ProjectResult, ScenarioResult

__all__ = [
    "ANALYSIS_FIELDS", "CLIENT_FIELDS", "SCENARIO_FIELDS", "Analysis", "BaselineResult", "Client",
    "CostOfPoorService", "CustomLine", "FieldSpec", "LineResult", "Problem", "Project", "ProjectResult",
    "Range", "ReportSettings", "RoiError", "Scenario", "ScenarioResult", "ValidationError", "baseline_clv",
    "calculate", "clv", "cost_of_poor_service", "irr", "npv", "present_value", "scenario_npv",
]
