"""The Method sheet: how the workbook computes every figure, in the report language."""

from __future__ import annotations

from . import cells
from .labels import text

_EN = (
    ("Sheets", None),
    ("{inputs}", "Every assumption: the client's figures, the analysis settings, each scenario's parameters and "
                 "the custom lines. Yellow cells with blue figures are inputs; each has a defined name "
                 "(customers, annual_churn_rate, discount_rate, s1_churn_change_pp, ...) and checks its valid range."),
    ("{baseline}", "The client as it is, month by month: customers, revenue and gross profit."),
    ("Scenario sheets", "One per scenario: the same monthly model with the scenario's churn and revenue per customer, "
                        "then the yearly flow lines against the baseline, before and after risk adjustment."),
    ("{summary}", "PV of benefits and costs, NPV, ROI, IRR, payback and crossover month per scenario (named npv_1, "
                  "roi_1, irr_1, pv_benefits_1, pv_costs_1, payback_month_1, ...), the baseline's CLV and the "
                  "cost of poor service, and two charts."),
    ("{risk}", "Break-even churn change, tornado and Monte Carlo figures: static numbers computed by roi-desktop."),
    ("Customer model", None),
    ("Monthly churn", "q = 1 - (1 - yearly churn)^(1/12)."),
    ("Customers", "N(1) = customers; N(m+1) = N(m) x (1 - q(m)) + annual_new_customers / 12."),
    ("Revenue and margin", "Revenue in month m = N(m) x yearly revenue per customer / 12; gross profit = revenue x "
                           "gross margin."),
    ("Scenario churn", "Yearly churn in month m = MIN(MAX(churn + ramp(m) x churn change in pp / 100, 0), "
                       "MAX(99 %, churn)); ramp(m) = MIN(1, m / months to full effect), or 1 with no ramp."),
    ("Revenue per customer", "Yearly revenue per customer x (1 + ramp(m) x change of revenue per customer)."),
    ("Money flows (TEI convention)", None),
    ("Lines", "Margin change = the scenario's gross profit minus the baseline's, summed per year (Year 0 = 0); "
              "service spend change = -change x yearly service spend in Years 1..T; extra recurring cost in Years "
              "1..T; one-off cost in Year 0; custom lines (benefits positive, costs negative)."),
    ("Risk adjustment", "Per line and year: a benefit x (1 - benefit risk), a cost x (1 + cost risk). A custom "
                        "line's own risk replaces the scenario's."),
    ("Present value", "PV = Year 0 + NPV(discount rate, Year 1..Year T): Year 0 is not discounted."),
    ("NPV, ROI, IRR", "NPV = PV of benefits - PV of costs; ROI = NPV / PV of costs (n/a when there are no costs); "
                      "IRR of the yearly net flows Year 0..T (none when they never change sign)."),
    ("Payback", "Cumulative net flow by month: month 0 holds Year 0; each month of Year t gets its share of "
                "the year's risk-adjusted amounts. Payback: the first month it is back at or above 0 after a dip "
                "(0 when it never dips). For a cut, the crossover month: the first month the cumulative gain "
                "turns negative."),
    ("CLV", "Gupta & Lehmann: CLV = m x R / (1 + i - R), m = revenue per customer x margin, R = 1 - churn, "
            "i = discount rate."),
    ("Cost of poor service", "Customers lost per year to poor service = customers x churn x share of churn caused "
                             "by poor service; their yearly revenue and their lifetime margin (x CLV)."),
    ("Limits", None),
    ("Horizon", "The sheets are built for the horizon of the export. Changing the horizon cell does not add or "
                "remove years: export again from roi-desktop."),
    ("Precision", "The workbook recomputes what roi-desktop computes; the figures agree to rounding (about 1 in "
                  "a billion)."),
)

_PL = (
    ("Arkusze", None),
    ("{inputs}", "Wszystkie założenia: dane klienta, ustawienia analizy, parametry scenariuszy i własne pozycje. "
                 "Żółte komórki z niebieskimi liczbami to dane wejściowe; każda ma nazwę (customers, "
                 "annual_churn_rate, discount_rate, s1_churn_change_pp, ...) i sprawdza dozwolony zakres."),
    ("{baseline}", "Klient bez zmian, miesiąc po miesiącu: klienci, przychód i zysk brutto."),
    ("Arkusze scenariuszy", "Po jednym na scenariusz: ten sam model miesięczny z odejściami i przychodem na klienta "
                            "scenariusza, a dalej roczne pozycje przepływów względem stanu obecnego, przed i po "
                            "korekcie ryzyka."),
    ("{summary}", "PV korzyści i kosztów, NPV, ROI, IRR, miesiąc zwrotu i miesiąc zmiany znaku dla każdego "
                  "scenariusza (nazwy npv_1, roi_1, irr_1, pv_benefits_1, pv_costs_1, payback_month_1, ...), CLV "
                  "i koszt złej obsługi w stanie obecnym oraz dwa wykresy."),
    ("{risk}", "Zmiana odejść, przy której NPV = 0, wykres tornado i Monte Carlo: wartości stałe obliczone przez "
               "roi-desktop."),
    ("Model klientów", None),
    ("Odejścia miesięczne", "q = 1 - (1 - roczny wskaźnik odejść)^(1/12)."),
    ("Klienci", "N(1) = klienci; N(m+1) = N(m) x (1 - q(m)) + nowi klienci rocznie / 12."),
    ("Przychód i marża", "Przychód w miesiącu m = N(m) x roczny przychód na klienta / 12; zysk brutto = przychód "
                         "x marża brutto."),
    ("Odejścia w scenariuszu", "Roczny wskaźnik w miesiącu m = MIN(MAX(odejścia + narastanie(m) x zmiana w p.p. / "
                               "100; 0); MAX(99 %; odejścia)); narastanie(m) = MIN(1; m / miesiące do pełnego "
                               "efektu) albo 1 bez narastania."),
    ("Przychód na klienta", "Roczny przychód na klienta x (1 + narastanie(m) x zmiana przychodu na klienta)."),
    ("Przepływy pieniężne (konwencja TEI)", None),
    ("Pozycje", "Zmiana marży = zysk brutto scenariusza minus stanu obecnego, sumowany w latach (rok 0 = 0); "
                "zmiana wydatków na obsługę = -zmiana x roczne wydatki w latach 1..T; dodatkowy koszt bieżący "
                "w latach 1..T; koszt jednorazowy w roku 0; własne pozycje (korzyści dodatnie, koszty ujemne)."),
    ("Korekta ryzyka", "Dla każdej pozycji i roku: korzyść x (1 - ryzyko korzyści), koszt x (1 + ryzyko kosztów). "
                       "Własne ryzyko pozycji zastępuje ryzyko scenariusza."),
    ("Wartość bieżąca", "PV = rok 0 + NPV(stopa dyskontowa; rok 1..rok T): rok 0 nie jest dyskontowany."),
    ("NPV, ROI, IRR", "NPV = PV korzyści - PV kosztów; ROI = NPV / PV kosztów (brak, gdy nie ma kosztów); IRR "
                      "rocznych przepływów netto w latach 0..T (brak, gdy nie zmieniają znaku)."),
    ("Zwrot", "Skumulowany przepływ netto w miesiącach: miesiąc 0 to rok 0, każdy miesiąc roku t dostaje swoją "
              "część kwot roku po korekcie ryzyka. Miesiąc zwrotu: pierwszy miesiąc, w którym po spadku poniżej "
              "0 wraca do co najmniej 0 (0, gdy nie spada). Dla cięcia: pierwszy miesiąc, w którym skumulowany "
              "zysk staje się stratą."),
    ("CLV", "Gupta i Lehmann: CLV = m x R / (1 + i - R), m = przychód na klienta x marża, R = 1 - odejścia, "
            "i = stopa dyskontowa."),
    ("Koszt złej obsługi", "Klienci traceni rocznie przez złą obsługę = klienci x odejścia x udział odejść z "
                           "powodu złej obsługi; ich roczny przychód i marża w czasie życia (x CLV)."),
    ("Ograniczenia", None),
    ("Horyzont", "Arkusze zbudowano dla horyzontu z eksportu. Zmiana komórki horyzontu nie dodaje ani nie usuwa "
                 "lat: wyeksportuj skoroszyt ponownie z roi-desktop."),
    ("Dokładność", "Skoroszyt przelicza to samo co roi-desktop; wartości zgadzają się z dokładnością do "
                   "zaokrągleń (około jednej miliardowej)."),
)


def build_method(wb, title: str, lang: str, sheet_names: dict[str, str]) -> None:
    ws = wb.create_sheet(title)
    cells.put_label(ws, "A1", text(lang, "title.method"), font=cells.TITLE_FONT)
    row = 2
    for head, body in (_PL if lang == "pl" else _EN):
        head = head.format(**sheet_names)
        row += 1
        if body is None:
            row += 1
            cells.put_label(ws, f"A{row}", head, font=cells.SECTION_FONT)
            continue
        cells.put_label(ws, f"A{row}", head, font=cells.TOTAL_FONT).alignment = cells.WRAP
        cells.put_label(ws, f"B{row}", body, wrap=True)
        ws.row_dimensions[row].height = 15 * max(1, -(-len(body) // 95))
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 100
