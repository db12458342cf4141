"""Start the desktop app: ``run_app(project_path, screenshot=..., meeting=...)`` (called by the CLI)."""

from __future__ import annotations

import os
import sys
import tempfile

# The engine (numpy, pandas) is imported before PySide6 on purpose: shiboken's import hook inspects the
# source of every module imported after it, which adds about 0.2 s to a cold start.
import roi_desktop.core  # noqa: F401  (must stay above any PySide6 import)

APP_NAME = "roi-desktop"
SCREENSHOT_SIZE = (1440, 900)


def make_application(argv: list[str] | None = None):
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(argv or [APP_NAME])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("roi-desktop")
    app.setDesktopFileName("roi-desktop")  # the Linux menu entry and Wayland find the icon by this
    try:
        from PySide6.QtGui import QIcon
        from roi_desktop.resources import resource_path
        app.setWindowIcon(QIcon(str(resource_path("icons", "roi-desktop.svg"))))
    except FileNotFoundError:
        pass  # a build without icons still runs
    if not hasattr(app, "_none_guard"):
        from roi_desktop.gui.support import garbage, qt_guard
        app._none_guard = qt_guard.install(app)
        garbage.tune()  # keystrokes not slowed by needless collections (gui/support/garbage.py)
    return app


def create_window(project_path: str | None, *, lang: str | None = None, recovery=None, settings=None):
    """The main window on ``project_path`` (or a new project). Returns (window, error text or None)."""
    from roi_desktop.gui.texts import i18n
    from roi_desktop.gui.main_window import MainWindow
    from roi_desktop.gui.presenter import Presenter
    from roi_desktop.gui.files.settings_store import AppSettings

    settings = settings or AppSettings()
    lang = lang or settings.ui_language
    i18n.install_language(lang)
    presenter = Presenter(lang=lang)
    error = None
    if project_path:  # loaded before the window is built: its widgets are filled once, with the project
        from roi_desktop.projectfile import ProjectFileError, load_project
        from roi_desktop.save_lock import remove_leftovers
        try:
            presenter.load(load_project(project_path), project_path)
            remove_leftovers(project_path)
            settings.add_recent(project_path)
        except ProjectFileError as e:
            error = f"{project_path}: " + "; ".join(str(p) for p in e.problems)
    window = MainWindow(presenter, settings=settings, recovery=recovery)
    from roi_desktop.gui.support import garbage
    garbage.freeze_start_up()
    return window, error


def _screenshot(project_path: str | None, path: str, meeting: bool) -> int:
    from roi_desktop.projectfile import ProjectFileError, load_project
    from roi_desktop.gui.files.recovery import Recovery

    lang = None
    if project_path:
        try:
            lang = load_project(project_path).report.language
        except ProjectFileError as e:
            sys.stderr.write(f"roi-desktop: {project_path}: {'; '.join(str(p) for p in e.problems)}\n")
            return 2
    app = make_application()
    window, error = create_window(project_path, lang=lang, recovery=Recovery(tempfile.mkdtemp(prefix="roi-shot-")))
    if error:
        sys.stderr.write(f"roi-desktop: {error}\n")
        return 2
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    if meeting:
        window.enter_meeting(full_screen=False)
    for _ in range(5):
        app.processEvents()
    if window.presenter.result is None or window.presenter.problems:
        sys.stderr.write("roi-desktop: the project has no valid results to show\n")
        return 1
    image = window.grab()
    if not image.save(path, "PNG"):
        sys.stderr.write(f"roi-desktop: could not write {path}\n")
        return 1
    window.presenter.set_dirty(False)
    window.close()
    return 0


def install_excepthook(window) -> None:
    """An error in a slot is logged and shown in a dialog; the work stays open (and autosaved)."""
    from PySide6.QtCore import QCoreApplication
    from roi_desktop.logs import record_failure
    translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

    def hook(kind, error, tb) -> None:
        try:
            raise error.with_traceback(tb)
        except BaseException:
            log = record_failure("unexpected error in the desktop app")
        where = translate("App", "Details are in %1.").replace("%1", str(log)) if log else ""
        window.dialogs.error(translate("App", "Unexpected error"),
                             f"{type(error).__name__}: {error}", where)

    sys.excepthook = hook


def file_open_filter(open_path):
    """An event filter that opens the file of a QEvent.FileOpen (Finder double-click on macOS)."""
    from PySide6.QtCore import QEvent, QObject

    class _Filter(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.FileOpen and event.file():
                open_path(event.file())
                return True
            return False

    return _Filter()


def run_app(project_path: str | None, *, screenshot: str | None = None, meeting: bool = False) -> int:
    if screenshot:
        # off screen unless asked otherwise: the same 1440x900 picture whatever display (or none) is there
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _screenshot(project_path, screenshot, meeting)
    app = make_application(sys.argv[:1])
    from roi_desktop.gui.files.recovery import Recovery
    recovery = Recovery()
    # nothing left by a crash to offer: the project is read before the window is built (its widgets are
    # filled once); otherwise the window asks first and opens the project only if the user declines
    direct = project_path if project_path and not recovery.exists() else None
    window, error = create_window(direct, recovery=recovery)
    install_excepthook(window)
    window.show()
    opener = file_open_filter(window.documents.open_path)
    app.installEventFilter(opener)  # macOS: a double-clicked .roi arrives as an event, not an argument
    if not window.documents.offer_recovery() and project_path and (direct is None or error):
        window.documents.open_path(project_path, ask=False)  # (again, for a file that failed: its dialog says why)
    code = app.exec()
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(30_000)  # let an export that is being written finish
    return code
