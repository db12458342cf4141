"""Erlang C: what a number of agents means for callers waiting (MODEL.md, "The contact-centre queue").

Pure arithmetic on plain floats. Calls arrive at random (Poisson) and evenly over the open hours,
callers wait and no one abandons. Stable for agents in the thousands: the Erlang B probability is
summed from its own series (largest terms first in size, ``math.fsum``), never from A^N / N!, so
nothing overflows.

>>> round(erlang_c(11, 10.0), 3)      # A = 10 Erlangs on 11 agents (the textbook case)
0.682
>>> q = queue_figures(11, 10.0, handle_time_s=180, answer_target_s=20, target_service_level=0.8)
>>> q.stable, round(q.asa_seconds, 1), q.agents_needed
(True, 122.8, 14)
>>> unstable = queue_figures(10, 10.0, handle_time_s=180, answer_target_s=20)
>>> unstable.stable, unstable.prob_wait, unstable.service_level, unstable.asa_seconds
(False, 1.0, 0.0, None)
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

_TINY = 1e-17  # a term this small against the sum so far no longer changes a double
_HUGE = 1e300  # beyond this the Erlang B probability is below 1e-300: taken as 0


def erlang_b(agents: int, traffic: float) -> float:
    """Blocking probability of ``agents`` servers offered ``traffic`` Erlangs (Erlang B).

    1 / B(N, A) = sum over i = 0..N of N! / ((N - i)! A^i): the terms grow while the factor j / A
    is above 1, then shrink; the sum stops once they no longer change it (about 9 sqrt(A) terms past A).
    """
    if agents <= 0:
        return 1.0
    if traffic <= 0:
        return 0.0
    terms, term, total = [1.0], 1.0, 1.0
    for j in range(agents, 0, -1):
        term *= j / traffic
        if term > _HUGE:
            return 0.0
        terms.append(term)
        total += term
        if j < traffic and term < _TINY * total:
            break
    return 1.0 / math.fsum(terms)


def erlang_c(agents: int, traffic: float) -> float:
    """Probability that a caller waits (Erlang C); 1.0 when the queue never clears (N <= A)."""
    if agents <= traffic:
        return 1.0
    b = erlang_b(agents, traffic)
    return agents * b / (agents - traffic * (1.0 - b))


def service_level(agents: int, traffic: float, handle_time_s: float, answer_target_s: float,
                  prob_wait: float | None = None) -> float:
    """Share of callers answered within ``answer_target_s``; 0 when the queue never clears."""
    if agents <= traffic:
        return 0.0
    p = erlang_c(agents, traffic) if prob_wait is None else prob_wait
    return 1.0 - p * math.exp(-(agents - traffic) * answer_target_s / handle_time_s)


@functools.lru_cache(maxsize=4096)
def agents_needed(traffic: float, handle_time_s: float, answer_target_s: float, target_service_level: float) -> int:
    """The smallest N > A whose service level reaches ``target_service_level``.

    Remembered for the numbers given: while a consultant types in one of 50 scenarios, the agents the
    other 49 need are not searched for again.

    Steps N up from the first stable count with the Erlang B recursion B(N+1) = A B / (N + 1 + A B),
    so each step costs O(1).
    """
    n = math.floor(traffic) + 1
    b = erlang_b(n, traffic)
    while True:
        c = n * b / (n - traffic * (1.0 - b))
        if 1.0 - c * math.exp(-(n - traffic) * answer_target_s / handle_time_s) >= target_service_level:
            return n
        n += 1
        b = traffic * b / (n + traffic * b)


@dataclass(frozen=True)
class QueueFigures:
    """The queue of one budget: None where a figure does not exist (the queue never clears)."""

    agents: int  # agents on the lines at any open hour
    traffic_erlangs: float  # offered traffic A
    prob_wait: float  # 1 when unstable
    service_level: float  # share answered within the target; 0 when unstable
    asa_seconds: float | None  # average speed of answer; None when unstable
    occupancy: float | None  # A / N; None when unstable
    agents_needed: int | None  # smallest N > A reaching the target service level; None without traffic
    answer_target_s: float = 20.0

    @property
    def stable(self) -> bool:
        return self.asa_seconds is not None


def queue_figures(agents: int, traffic: float, *, handle_time_s: float, answer_target_s: float,
                  target_service_level: float = 0.8, memo: dict | None = None) -> QueueFigures:
    """Erlang C figures for ``agents`` on ``traffic`` Erlangs (see the module's examples). ``memo``
    keeps the agents needed and the figures across calls (the baseline and scenarios with the same traffic,
    or the same queue, share them; the figures are frozen)."""
    same = (agents, traffic, handle_time_s, answer_target_s, target_service_level)
    if memo is not None and same in memo:  # the same queue (a scenario that keeps the budget)
        return memo[same]
    needed = None
    if traffic > 0:
        key = (traffic, handle_time_s, answer_target_s, target_service_level)
        needed = None if memo is None else memo.get(key)
        if needed is None:
            needed = agents_needed(traffic, handle_time_s, answer_target_s, target_service_level)
            if memo is not None:
                memo[key] = needed
    figures = _figures(agents, traffic, needed, handle_time_s, answer_target_s)
    if memo is not None:
        memo[same] = figures
    return figures


def _figures(agents: int, traffic: float, needed: int | None, handle_time_s: float,
             answer_target_s: float) -> QueueFigures:
    if agents <= traffic:
        return QueueFigures(agents, traffic, 1.0, 0.0, None, None, needed, answer_target_s)
    p = erlang_c(agents, traffic)
    return QueueFigures(
        agents=agents,
        traffic_erlangs=traffic,
        prob_wait=p,
        service_level=service_level(agents, traffic, handle_time_s, answer_target_s, prob_wait=p),
        asa_seconds=p * handle_time_s / (agents - traffic),
        occupancy=traffic / agents,
        agents_needed=needed,
        answer_target_s=answer_target_s,
    )


__all__ = ["QueueFigures", "agents_needed", "erlang_b", "erlang_c", "queue_figures", "service_level"]
