"""The presenter's validation and calculation (a part of ``Presenter``, kept here for size).

Small projects are validated and calculated at once; for a large one the edited field is checked at
once (its message is immediate) and the whole project follows from ``live_calculation.py``.
"""

from __future__ import annotations

from roi_desktop.core import Project
from roi_desktop.gui.draft.history import copy_draft
from roi_desktop.gui.draft.draft_fit import for_calculation
from roi_desktop.gui.draft.live_calculation import work_size
from roi_desktop.gui.texts.problem_text import explain, field_problem, percent_hints, typed_problems


class LiveResults:
    """Mixed into ``Presenter`` (which owns ``live``, ``_data``, ``_typed`` and the signals)."""

    def recalculate(self) -> None:
        """Validate and calculate again (e.g. to word every message in a new language)."""
        self._recalculate()

    def _recalculate(self) -> None:
        """Validate and calculate the draft: at once for a small project; for a large one the edited field
        is checked now (its message is immediate) and the rest follows from the background
        (live_calculation.py); ``resultsChanged`` comes when the result arrives."""
        self.hints = percent_hints(self._data, self.lang)
        edited, self._edited = self._edited, None
        problems = typed_problems(self, self._typed)
        self.live.request(self._draft_for_calculation, work_size(self._data, edited), with_result=not problems)
        if self.live.pending:  # a large project: show what is known now, the background adds the rest
            if edited is not None and edited not in problems:
                problems.update(field_problem(self, edited))
            known = {k: v for k, v in self._problems.items() if k != edited and k not in self._typed}
            problems = {**known, **problems}
            if problems != self._problems:
                self._problems = problems
                self.problemsChanged.emit(problems)

    def _draft_for_calculation(self, private: bool) -> dict:
        """The draft as the core takes it; ``private``: a copy a worker may read while typing goes on."""
        data = for_calculation(self._data)
        return copy_draft(data) if private else data

    def _answered(self, answer, newest: bool) -> None:
        problems = typed_problems(self, self._typed)
        for p in answer.problems:
            if p.path not in problems:
                problems[p.path] = explain(self, p)
        if problems or answer.result is None:
            if newest:  # an older draft's problems are not this one's: wait for the newest
                self._problems = problems
                self.problemsChanged.emit(problems)
            return
        self._project = answer.project  # valid: what is saved and exported
        if newest:
            self._problems = {}
            self.problemsChanged.emit({})
        self.result = answer.result
        self.resultsChanged.emit(answer.result)

    @property
    def pending(self) -> bool:  # the results shown are older than the draft: a newer one is on its way
        return self.live.pending

    def flush(self) -> None:  # problems, project and result up to date with the draft now (synchronously)
        self.live.flush()

    @property
    def project(self) -> Project | None:  # the valid draft (else its last valid state); flushed when read
        self.flush()
        return self._project

    @property
    def problems(self) -> dict:  # {path: message} of every problem of the draft; flushed when read
        self.flush()
        return self._problems

    @property
    def known_problems(self) -> dict:  # the problems shown now, without waiting (widgets refreshing)
        return self._problems
