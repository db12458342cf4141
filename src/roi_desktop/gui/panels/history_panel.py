"""The client's imported history in the results area: monthly customers and monthly churn from the
project's ``provenance.import`` (kept in the .roi file), with the file and months it came from."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from roi_desktop.reports.palette import scenario_style

from roi_desktop.gui.widgets.charts import LineChart, Series


def _months_before(first: str) -> str:
    year, month = int(first[:4]), int(first[5:7])
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return f"{year:04d}-{month:02d}"


class HistoryPanel(QWidget):
    def __init__(self, presenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.presenter = presenter
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setObjectName("historyCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        charts = QHBoxLayout()
        self.customers_chart = LineChart()
        self.customers_chart.zero_line = False
        self.churn_chart = LineChart()
        charts.addWidget(self.customers_chart)
        charts.addWidget(self.churn_chart)
        layout.addLayout(charts, 1)
        presenter.structureChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        record = self.presenter.value("provenance.import")
        months = record.get("months") if isinstance(record, dict) else None
        customers = record.get("monthly_customers") if isinstance(record, dict) else None
        churn = record.get("monthly_churn") if isinstance(record, dict) else None
        if not months or not customers or len(customers) != len(months) + 1:
            self.caption.setText(self.tr("No history imported yet: File > Import client data…"))
            self.customers_chart.set_message(self.tr("No history imported"))
            self.churn_chart.set_message("")
            return
        self.caption.setText(self.tr("From %1, months %2 to %3, imported %4.").replace("%1", str(record.get("file", "")))
                             .replace("%2", months[0]).replace("%3", months[-1]).replace("%4", str(record.get("date", ""))))
        labels = [_months_before(months[0])] + list(months)
        step = max(1, len(labels) // 4)

        def x_label(i: int) -> str:
            return labels[i] if i < len(labels) else ""

        self.customers_chart.set_data([Series(self.tr("Customers at month end"), scenario_style(0).colour,
                                              [float(x) for x in customers])],
                                      title=self.tr("Customers"), x_label=x_label, x_step=step)
        values = [float("nan")] + [float(q) * 100 for q in (churn or [])]
        self.churn_chart.set_data([Series(self.tr("Monthly churn, % of customers"), scenario_style(1).colour, values)],
                                  title=self.tr("Churn"), y_format=lambda v: f"{v:.1f} %", x_label=x_label, x_step=step)
