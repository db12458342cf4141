"""The contact-centre queue (Erlang C, MODEL.md "The contact-centre queue"): published values, a plain
textbook loop on random inputs, thousands of agents, the unstable case and the budget sweep."""

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roi_desktop.core.queue import agents_needed, erlang_b, erlang_c, queue_figures, service_level


def plain_erlang_c(n: int, a: float) -> float:
    """MODEL.md's formula term by term: (A^N/N! x N/(N-A)) / (sum_{k<N} A^k/k! + A^N/N! x N/(N-A))."""
    term, total = 1.0, 0.0
    for k in range(n):
        total += term
        term *= a / (k + 1)  # after the loop: A^N / N!
    top = term * n / (n - a)
    return top / (total + top)


def test_published_value_a10_n11():
    # CONTEXT.md, "Queueing": A = 10 Erlangs on N = 11 agents waits with probability 0.682
    assert erlang_c(11, 10.0) == pytest.approx(0.682, abs=5e-4)


@pytest.mark.parametrize("n, a, expected", [
    # worked by hand from the formula: (2, 1): 1 / 3; (3, 2): 4 / 9; (5, 4): (128/3) / (77) = 128 / 231
    (2, 1.0, 1 / 3), (3, 2.0, 4 / 9), (5, 4.0, 128 / 231), (1, 0.5, 0.5),
])
def test_hand_worked_values(n, a, expected):
    assert erlang_c(n, a) == pytest.approx(expected, rel=1e-14)


def test_against_the_plain_loop_on_random_inputs():
    rng = random.Random(20261202)
    worst = 0.0
    for _ in range(2000):
        a = rng.uniform(0.01, 120.0)
        n = math.floor(a) + rng.randint(1, 40)
        got, ref = erlang_c(n, a), plain_erlang_c(n, a)
        worst = max(worst, abs(got - ref) / ref)
    assert worst <= 1e-12


@settings(max_examples=300, deadline=None)
@given(st.floats(0.001, 150.0), st.integers(1, 60))
def test_against_the_plain_loop_hypothesis(a, extra):
    n = math.floor(a) + extra
    ref = plain_erlang_c(n, a)
    assert erlang_c(n, a) == pytest.approx(ref, rel=1e-12, abs=1e-300)


@pytest.mark.parametrize("n, a", [(1200, 1150.0), (5000, 4900.0), (20000, 19800.0), (3000, 10.0)])
def test_thousands_of_agents_stay_finite_and_in_range(n, a):
    p = erlang_c(n, a)
    assert math.isfinite(p) and 0.0 <= p <= 1.0
    b = erlang_b(n, a)
    assert math.isfinite(b) and 0.0 <= b <= 1.0
    q = queue_figures(n, a, handle_time_s=300, answer_target_s=20)
    assert q.stable and math.isfinite(q.asa_seconds) and q.agents_needed > a


def test_large_agents_agree_with_log_space():
    # an independent log-space sum with lgamma for N = 2000, A = 1950
    n, a = 2000, 1950.0
    logs = [k * math.log(a) - math.lgamma(k + 1) for k in range(n)]
    top = n * math.log(a) - math.lgamma(n + 1) + math.log(n / (n - a))
    m = max(max(logs), top)
    total = math.fsum(math.exp(x - m) for x in logs)
    ref = math.exp(top - m) / (total + math.exp(top - m))
    assert erlang_c(n, a) == pytest.approx(ref, rel=1e-9)


@pytest.mark.parametrize("n, a", [(10, 10.0), (0, 3.0), (5, 7.5), (0, 0.0001)])
def test_n_at_most_a_is_the_unstable_result_not_an_error(n, a):
    q = queue_figures(n, a, handle_time_s=240, answer_target_s=20)
    assert not q.stable
    assert (q.prob_wait, q.service_level, q.asa_seconds, q.occupancy) == (1.0, 0.0, None, None)
    assert q.agents_needed is not None and q.agents_needed > a


def test_agents_needed_is_the_smallest_reaching_the_target():
    for a, target in [(10.0, 0.8), (37.6, 0.8), (2.3, 0.95), (450.0, 0.9)]:
        n = agents_needed(a, 300, 20, target)
        assert n > a
        assert service_level(n, a, 300, 20) >= target
        if n - 1 > a:
            assert service_level(n - 1, a, 300, 20) < target


def test_asa_and_service_level_follow_the_model_formulas():
    q = queue_figures(11, 10.0, handle_time_s=180, answer_target_s=20)
    p = plain_erlang_c(11, 10.0)
    assert q.asa_seconds == pytest.approx(p * 180 / 1, rel=1e-12)
    assert q.service_level == pytest.approx(1 - p * math.exp(-1 * 20 / 180), rel=1e-12)
    assert q.occupancy == pytest.approx(10 / 11)
