"""The main window: client figures, scenarios and results side by side; menus for documents, export,
settings and meeting mode. Rebuilds its widgets when the UI language changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressBar, QSplitter, QStackedWidget

from roi_desktop.gui.texts import i18n
from roi_desktop.gui.support.background import Background
from roi_desktop.gui.files.client_data import ClientData, is_data_file
from roi_desktop.gui.panels.client_panel import ClientPanel
from roi_desktop.gui.files.dialogs import DialogService
from roi_desktop.gui.files.documents import Documents
from roi_desktop.gui.draft.edit_menu import UndoKeys, build_edit_menu, keep_view, scrolling
from roi_desktop.gui.files.exporter import Exporter
from roi_desktop.gui.presenter import Presenter
from roi_desktop.gui.files.recovery import Recovery
from roi_desktop.gui.panels.result_tabs import add_result_tabs
from roi_desktop.gui.panels.results_panel import ResultsPanel
from roi_desktop.gui.panels.scenario_panel import ScenarioPanel
from roi_desktop.gui.files.settings_store import AppSettings
from roi_desktop.gui.widgets.narrow import fit_columns
from roi_desktop.gui.widgets.style import APP_STYLE
from shiboken6 import isValid


DEFAULT_SIZE = (1440, 900)
COLUMNS = (400, 430, 660)  # client (room for its labels on one line), scenarios, results


def initial_geometry(available: QRect) -> QRect:
    """Where a first start opens: 1440x900, or 92 % of the free screen area if that is smaller, centered."""
    width = min(DEFAULT_SIZE[0], int(available.width() * 0.92))
    height = min(DEFAULT_SIZE[1], int(available.height() * 0.92))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


class MainWindow(QMainWindow):
    def __init__(self, presenter: Presenter | None = None, *, dialogs=None, settings: AppSettings | None = None,
                 recovery: Recovery | None = None, background: Background | None = None):
        super().__init__()
        self.settings = settings or AppSettings()
        self.presenter = presenter or Presenter(lang=self.settings.ui_language)
        self.presenter.setParent(self)
        self.dialogs = dialogs or DialogService(self)
        self.background = background or Background(self)
        self.documents = Documents(self.presenter, self.dialogs, self.settings, recovery or Recovery(), self)
        self.exporter = Exporter(self.presenter, self.dialogs, self.settings, self.background, self)
        self.client_data = ClientData(self, self.documents)
        self.setAcceptDrops(True)
        self.setStyleSheet(APP_STYLE)
        self._rebuilding = False
        self.undo_keys = UndoKeys(self)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.exporter.started.connect(self._export_started)
        self.exporter.progress.connect(lambda f, what: self.progress.setValue(int(f * 100)))
        self.exporter.stopped.connect(self._export_stopped)
        self.exporter.done.connect(self._exported)
        self.presenter.dirtyChanged.connect(self._update_title)
        self.presenter.structureChanged.connect(self._update_title)
        self._build()
        geometry = self.settings.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen() or QApplication.primaryScreen()
            self.setGeometry(initial_geometry(screen.availableGeometry()) if screen else QRect(0, 0, *DEFAULT_SIZE))
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.qs.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:  # once shown at its real size, the columns share the width (a small screen narrows them all)
            QTimer.singleShot(0, lambda: isValid(self.splitter) and fit_columns(self.splitter, COLUMNS))

    # ---- building and translating ------------------------------------------------------------
    def _build(self) -> None:
        self._built_lang = self.presenter.lang
        old = self.centralWidget()
        self.menuBar().clear()
        self.stack = QStackedWidget()
        self.stack.setObjectName("central")
        self.client_panel = ClientPanel(self.presenter)
        self.scenario_panel = ScenarioPanel(self.presenter)
        self.results_panel = ResultsPanel(self.presenter)
        self.result_tabs = add_result_tabs(self)  # Risk, Client history, Tracking: built when first opened
        self.results_panel.meeting_button.clicked.connect(self.enter_meeting)
        self.scenario_panel.currentChanged.connect(self.results_panel.set_current_scenario)
        self.scenario_panel.message.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.splitter = QSplitter(Qt.Horizontal)
        self.splitter.setObjectName("editorSplitter")
        for w in (self.client_panel, self.scenario_panel, self.results_panel):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes(list(COLUMNS))
        self.editor_view = scrolling(self.splitter)  # a small or 200 % screen scrolls instead of cutting off
        self.stack.addWidget(self.editor_view)
        # meeting mode and the follow-up meeting (meeting/follow_up.py): built when first entered
        self.meeting = self.meeting_view = self.follow_up = self.follow_up_view = None
        self.setCentralWidget(self.stack)
        if old is not None:
            old.deleteLater()
        self._build_menus()
        self.undo_keys.watch(self)
        self._update_title()

    @property
    def risk_panel(self):  # None until the Risk tab is opened
        return self.result_tabs["risk"].content

    @property
    def tracking_panel(self):  # None until the Tracking tab is opened
        return self.result_tabs["tracking"].content

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.actions = {}

        def add(menu, key, text, slot, shortcut=None):
            action = QAction(text, self)
            action.setObjectName(key)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
            return action

        add(file_menu, "new", self.tr("&New"), self.documents.new, QKeySequence.New)
        add(file_menu, "open", self.tr("&Open…"), self.documents.open, QKeySequence.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        add(file_menu, "save", self.tr("&Save"), self.documents.save, QKeySequence.Save)
        add(file_menu, "save_as", self.tr("Save &As…"), self.documents.save_as, QKeySequence.SaveAs)
        file_menu.addSeparator()
        add(file_menu, "import_data", self.tr("&Import client data…"), self.client_data.choose_and_import)
        add(file_menu, "benchmarks", self.tr("Industry &benchmarks…"), self.client_data.benchmarks)
        file_menu.addSeparator()
        add(file_menu, "export_pdf", self.tr("Export &PDF report…"), lambda: self.exporter.export("pdf"),
            QKeySequence("Ctrl+E"))
        add(file_menu, "export_xlsx", self.tr("Export &Excel workbook…"), lambda: self.exporter.export("xlsx"),
            QKeySequence("Ctrl+Shift+E"))
        add(file_menu, "export_chosen", self.tr("E&xport…"), self.exporter.export_chosen)  # any of the four files
        file_menu.menuAction().menu().setToolTipsVisible(True)
        file_menu.addSeparator()
        add(file_menu, "settings", self.tr("Se&ttings…"), self.open_settings, QKeySequence.Preferences)
        file_menu.addSeparator()
        add(file_menu, "quit", self.tr("&Quit"), self.close, QKeySequence.Quit)
        self.actions.update(build_edit_menu(self, self.presenter))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        add(view_menu, "meeting", self.tr("&Meeting mode"), self.enter_meeting, QKeySequence(Qt.Key_F5))
        add(view_menu, "follow_up", self.tr("&Follow-up meeting (realisation)"), self.enter_follow_up,
            QKeySequence("Shift+F5"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange and self.presenter.lang != self._built_lang:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Rebuild every widget in the current language; the presenter keeps the work and the state."""
        if self._rebuilding:
            return
        self._rebuilding = True
        try:
            following = self.follow_up_view is not None and self.stack.currentWidget() is self.follow_up_view
            meeting = self.in_meeting and not following
            baseline = self.meeting.baseline() if meeting else None
            selected, tab = self.scenario_panel.current, self.results_panel.tabs.currentIndex()
            self._build()
            self.results_panel.tabs.setCurrentIndex(tab)  # an open tab is built again, in the new language
            keep_view(self, selected)
            if meeting:  # the rebuilt meeting keeps the assumptions the meeting started with
                self.enter_meeting(full_screen=False, baseline=baseline)
            elif following:
                from roi_desktop.gui.meeting.follow_up import enter_follow_up
                enter_follow_up(self, full_screen=False)
        finally:
            self._rebuilding = False

    def set_language(self, lang: str) -> None:
        self.settings.ui_language = lang
        self.presenter.lang = lang
        i18n.install_language(lang)
        self.retranslate()

    def open_settings(self) -> None:
        before = self.settings.ui_language
        if self.dialogs.edit_settings(self.settings) and self.settings.ui_language != before:
            self.set_language(self.settings.ui_language)

    # ---- title, recent files, drag and drop --------------------------------------------------
    def _update_title(self, *_args) -> None:
        p = self.presenter
        name = p.client_name or self.tr("New client")
        document = p.file_path.name if p.file_path else self.tr("not saved yet")
        self.setWindowTitle(f"{name} — {document}[*] — roi-desktop")
        self.setWindowModified(p.dirty)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, f=path: self.documents.open_path(f))
        if not files:
            self.recent_menu.addAction(self.tr("No recent projects")).setEnabled(False)

    def dragEnterEvent(self, event) -> None:
        if any(u.toLocalFile().lower().endswith(".roi") or is_data_file(u.toLocalFile())
               for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if is_data_file(url.toLocalFile()):  # the client's table: preview, then import
                event.acceptProposedAction()
                self.client_data.import_file(url.toLocalFile())
                return
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".roi"):
                event.acceptProposedAction()
                self.documents.open_path(url.toLocalFile())
                return

    # ---- meeting mode ------------------------------------------------------------------------
    def enter_meeting(self, *_args, full_screen: bool = True, baseline=None) -> None:
        if self.presenter.problems or self.presenter.result is None:
            self.dialogs.error(self.tr("Meeting mode"), self.tr("Correct the marked fields first."))
            return
        if self.meeting is None:
            from roi_desktop.gui.meeting.meeting_mode import MeetingView
            self.meeting = MeetingView(self.presenter)
            self.meeting.closeRequested.connect(self.leave_meeting)
            self.meeting_view = scrolling(self.meeting)
            self.stack.addWidget(self.meeting_view)
        self._was_maximized = self.isMaximized()
        self.menuBar().hide()
        self.statusBar().hide()
        self.stack.setCurrentWidget(self.meeting_view)
        self.meeting.start(baseline)
        self.meeting.setFocus()
        if full_screen:
            self.showFullScreen()

    def enter_follow_up(self, *_args) -> None:
        from roi_desktop.gui.meeting.follow_up import enter_follow_up
        enter_follow_up(self)

    def leave_meeting(self) -> None:
        if not self.in_meeting:
            return
        if self.stack.currentWidget() is self.meeting_view:  # the follow-up view changes nothing
            if self.meeting.changed() and not self.dialogs.ask_keep_meeting_changes():
                self.meeting.reset_values()
            self.presenter.history.resume(QApplication.translate("History", "keep the meeting's what-ifs"))
        self.stack.setCurrentWidget(self.editor_view)
        self.menuBar().show()
        self.statusBar().show()
        if self.isFullScreen():
            self.showMaximized() if getattr(self, "_was_maximized", False) else self.showNormal()

    @property
    def in_meeting(self) -> bool:
        return self.stack.currentWidget() is not self.editor_view

    # ---- export feedback ---------------------------------------------------------------------
    def _export_started(self, kind: str) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.statusBar().showMessage(self.tr("Exporting…"))

    def _export_stopped(self) -> None:
        """Finished or failed: the progress bar goes and "Exporting…" does not stay behind."""
        self.progress.hide()
        self.statusBar().clearMessage()

    def _exported(self, written) -> None:
        names = ", ".join(Path(p).name for p in written)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", names), 8000)

    # ---- closing -----------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.in_meeting:
            self.leave_meeting()
        if not self.documents.maybe_save():
            event.ignore()
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.qs.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        self.documents.recovery.clear()
        self.documents.recovery.release()
        event.accept()


