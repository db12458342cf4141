"""Why an export failed, in the user's language: one sentence for the app's dialog and the command line
(the details go to the log)."""

from __future__ import annotations

from roi_desktop.atomic import FileWriteError

from .words import text


def failure_reason(error: BaseException, lang: str) -> str:
    """``error`` raised while exporting, said plainly: a file that cannot be written keeps its own message
    (it names the file and the cause); anything else says what failed and where the details are."""
    if isinstance(error, FileWriteError):
        return text(lang, "report.failure.write", reason=str(error))
    if isinstance(error, MemoryError):
        return text(lang, "report.failure.memory")
    if type(error).__name__ == "LayoutError":  # reportlab: a block larger than a page
        return text(lang, "report.failure.layout")
    return text(lang, "report.failure.other", name=type(error).__name__, detail=str(error)[:200])
