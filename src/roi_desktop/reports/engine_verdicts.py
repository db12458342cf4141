"""Bridge to the engine's verdicts (payback basis, IRR verdict) for every output.

TEMPORARY until the engine's verdict interface is merged: then these read the engine's fields only.
"""

from __future__ import annotations

from types import SimpleNamespace


def payback_basis(s):
    basis = getattr(s, "payback_basis", None)
    if basis is not None:
        return basis
    if s.kind == "cut":
        m = s.crossover_month
        return SimpleNamespace(code="stays_ahead" if m is None else "turns_to_loss", month=m)
    m = s.payback_month
    return SimpleNamespace(code="never_pays_back" if m is None else "pays_back", month=m)


def irr_verdict(s):
    verdict = getattr(s, "irr_verdict", None)
    if verdict is not None:
        return verdict
    if s.irr is None:
        return SimpleNamespace(code="no_sign_change", irr=None, rates=())
    return SimpleNamespace(code="meaningful", irr=s.irr, rates=tuple(s.irr_rates))
