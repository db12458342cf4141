"""Every piece of workbook text in Polish and English: sheet names, row labels, units, messages."""

from __future__ import annotations

from roi_desktop.core.fields import FieldSpec

_EN = {
    "sheet.inputs": "Inputs", "sheet.baseline": "Baseline", "sheet.summary": "Summary",
    "sheet.method": "Method", "sheet.risk": "Risk",
    "title.inputs": "Inputs: the client's figures, the analysis settings and every scenario",
    "title.inputs.hint": "Yellow cells with blue figures are inputs: change them and every sheet recomputes.",
    "title.baseline": "Baseline: the client as it is, month by month",
    "title.summary": "Summary: present values, NPV, ROI, IRR and timing per scenario",
    "title.method": "Method: how every figure in this workbook is computed",
    "title.risk": "Risk analysis: figures computed by roi-desktop",
    "title.model": "Scenario model: monthly customers and yearly flows against the baseline",
    "client": "Client", "analysis": "Analysis settings", "scenarios": "Scenarios", "custom_lines": "Custom lines",
    "field": "File field", "unit": "Unit", "value": "Value", "parameter": "Parameter",
    "name": "Name", "industry": "Industry", "notes": "Notes", "currency": "Currency",
    "customers": "Active customers at the start",
    "annual_revenue_per_customer": "Yearly revenue per customer",
    "gross_margin": "Gross margin",
    "annual_churn_rate": "Yearly churn rate",
    "annual_new_customers": "New customers per year",
    "acquisition_cost": "Cost to win one customer",
    "annual_service_spend": "Yearly customer-service spend",
    "service_churn_share": "Share of churn caused by poor service",
    "horizon_years": "Horizon", "discount_rate": "Discount rate (yearly)",
    "kind": "Kind", "cut": "cut", "investment": "investment", "benefit": "benefit", "cost": "cost",
    "service_spend_change": "Change of recurring service spend",
    "one_off_cost": "One-off cost (Year 0)",
    "extra_annual_cost": "Extra recurring cost per year",
    "churn_change_pp": "Change of yearly churn",
    "churn_change_low_pp": "Churn change: low estimate (risk analysis)",
    "churn_change_high_pp": "Churn change: high estimate (risk analysis)",
    "revenue_per_customer_change": "Change of revenue per customer",
    "ramp_months": "Months to full effect (ramp)",
    "benefit_risk": "Benefit risk adjustment", "cost_risk": "Cost risk adjustment",
    "scenario_no": "Scenario no.", "line_name": "Line", "own_risk": "Own risk (blank: the scenario's)",
    "unit.fraction": "%", "unit.pp": "pp", "unit.money": "{cur}", "unit.count": "customers",
    "unit.months": "months", "unit.years": "years", "unit.text": "text", "unit.list": "list",
    "year": "Year {t}", "t": "t (years from start)", "month": "Month", "year_of_month": "Year",
    "ramp": "Effect strength (ramp)", "churn_annual": "Yearly churn in force", "churn_monthly": "Monthly churn q",
    "customers_start": "Customers at month start", "customers_end": "Customers at month end",
    "rpc": "Yearly revenue per customer", "revenue": "Revenue", "gross_profit": "Gross profit",
    "baseline_gp": "Baseline gross profit", "margin_change_m": "Margin change",
    "net_m": "Net flow (risk-adjusted)", "cum_m": "Cumulative net flow", "below": "Below 0 (1 = yes)",
    "below_seen": "Below 0 so far", "recovered": "Back at or above 0 after a dip", "turns": "Turns negative",
    "raw": "Amounts before risk", "adjusted": "Risk-adjusted amounts",
    "margin_change": "Margin change (customers and revenue per customer)",
    "service_spend_change_line": "Service spend change",
    "extra_recurring_cost": "Extra recurring cost", "one_off_cost_line": "One-off cost",
    "margin_factor": "Risk factor of the margin line",
    "benefits": "Benefits", "costs": "Costs", "net": "Net flow", "discount_factor": "Discount factor",
    "pv_net": "Present value of net flow",
    "customers_year_end": "Customers at year end", "customers_vs_baseline": "Customers against the baseline",
    "revenue_year": "Revenue in the year", "gp_year": "Gross profit in the year",
    "revenue_diff": "Revenue below the baseline",
    "pv_benefits": "PV of benefits", "pv_costs": "PV of costs", "npv": "NPV", "roi": "ROI", "irr": "IRR",
    "payback_month": "Payback month", "crossover_month": "Month a cut's gain turns into a loss",
    "customers_vs_baseline_end": "Customers against the baseline at the horizon end",
    "revenue_at_risk": "Revenue at risk over the horizon",
    "replacement_cost": "Cost to win lost customers back (context, not in NPV)",
    "baseline_block": "Baseline", "clv": "Customer lifetime value (CLV)",
    "lost_per_year": "Customers lost per year to poor service",
    "revenue_lost": "Their yearly revenue", "lifetime_lost": "Their lifetime margin (x CLV)",
    "baseline_customers_end": "Customers at the horizon end", "baseline_revenue": "Revenue over the horizon",
    "no_roi": "n/a", "no_irr": "no IRR", "not_in_horizon": "not within the horizon",
    "chart.cumulative": "Cumulative net cash flow (risk-adjusted)", "chart.customers": "Customers over time",
    "chart.month": "Month", "chart.money": "{cur}", "chart.count": "Customers",
    "static_note": "Static numbers computed by roi-desktop (a spreadsheet cannot solve or simulate these); "
                   "they do not change when you edit the inputs.",
    "yearly_at": "Yearly flows and totals: columns {cols} →",
    "tolerance": "Timing tolerance (1e-12 x largest |cumulative|)",
    "breakeven": "Break-even churn change, at which NPV = 0", "none": "none",
    "tornado": "Tornado: NPV with one input at its low and high value", "input": "Input",
    "low_value": "Low value", "high_value": "High value", "npv_low": "NPV at low", "npv_high": "NPV at high",
    "swing": "Swing", "monte_carlo": "Monte Carlo simulation of NPV",
    "p10": "P10", "p50": "P50 (median)", "p90": "P90", "prob_positive": "Probability that NPV > 0",
    "trials": "Trials", "seed": "Seed", "prob_best": "Probability that the best investment beats the best cut",
    "computed": "computed by roi-desktop", "timing": "Timing",
    "horizon_fixed": "Fixed in this workbook: the sheets are built for this horizon; export again from "
                     "roi-desktop to change it.",
    "error_title": "Invalid value", "error_text": "{label} must be {range}.",
    "error_list": "{label} must be one of: {values}.", "amount": "Amount",
    "error_risk": "{label}: leave blank or enter {range}.",
}

_PL = {
    "sheet.inputs": "Dane wejściowe", "sheet.baseline": "Stan obecny", "sheet.summary": "Podsumowanie",
    "sheet.method": "Metoda", "sheet.risk": "Ryzyko",
    "title.inputs": "Dane wejściowe: liczby klienta, ustawienia analizy i wszystkie scenariusze",
    "title.inputs.hint": "Żółte komórki z niebieskimi liczbami to dane wejściowe: po ich zmianie przeliczają się "
                         "wszystkie arkusze.",
    "title.baseline": "Stan obecny: klient bez zmian, miesiąc po miesiącu",
    "title.summary": "Podsumowanie: wartości bieżące, NPV, ROI, IRR i czas zwrotu dla scenariuszy",
    "title.method": "Metoda: jak liczona jest każda wartość w tym skoroszycie",
    "title.risk": "Analiza ryzyka: wartości obliczone przez roi-desktop",
    "title.model": "Model scenariusza: klienci miesiąc po miesiącu i roczne przepływy względem stanu obecnego",
    "client": "Klient", "analysis": "Ustawienia analizy", "scenarios": "Scenariusze",
    "custom_lines": "Własne pozycje", "field": "Pole w pliku", "unit": "Jednostka", "value": "Wartość",
    "parameter": "Parametr", "name": "Nazwa", "industry": "Branża", "notes": "Uwagi", "currency": "Waluta",
    "customers": "Aktywni klienci na początku",
    "annual_revenue_per_customer": "Roczny przychód na klienta",
    "gross_margin": "Marża brutto",
    "annual_churn_rate": "Roczny wskaźnik odejść",
    "annual_new_customers": "Nowi klienci rocznie",
    "acquisition_cost": "Koszt pozyskania klienta",
    "annual_service_spend": "Roczne wydatki na obsługę klienta",
    "service_churn_share": "Udział odejść z powodu złej obsługi",
    "horizon_years": "Horyzont", "discount_rate": "Stopa dyskontowa (roczna)",
    "kind": "Rodzaj", "cut": "cięcie", "investment": "inwestycja", "benefit": "korzyść", "cost": "koszt",
    "service_spend_change": "Zmiana bieżących wydatków na obsługę",
    "one_off_cost": "Koszt jednorazowy (rok 0)",
    "extra_annual_cost": "Dodatkowy koszt roczny",
    "churn_change_pp": "Zmiana rocznego wskaźnika odejść",
    "churn_change_low_pp": "Zmiana odejść: wariant niski (analiza ryzyka)",
    "churn_change_high_pp": "Zmiana odejść: wariant wysoki (analiza ryzyka)",
    "revenue_per_customer_change": "Zmiana przychodu na klienta",
    "ramp_months": "Miesiące do pełnego efektu",
    "benefit_risk": "Korekta ryzyka korzyści", "cost_risk": "Korekta ryzyka kosztów",
    "scenario_no": "Nr scenariusza", "line_name": "Pozycja", "own_risk": "Własne ryzyko (puste: scenariusza)",
    "unit.fraction": "%", "unit.pp": "p.p.", "unit.money": "{cur}", "unit.count": "klienci",
    "unit.months": "miesiące", "unit.years": "lata", "unit.text": "tekst", "unit.list": "lista",
    "year": "Rok {t}", "t": "t (lata od startu)", "month": "Miesiąc", "year_of_month": "Rok",
    "ramp": "Siła efektu (narastanie)", "churn_annual": "Roczny wskaźnik odejść", "churn_monthly": "Miesięczne odejścia q",
    "customers_start": "Klienci na początku miesiąca", "customers_end": "Klienci na koniec miesiąca",
    "rpc": "Roczny przychód na klienta", "revenue": "Przychód", "gross_profit": "Zysk brutto",
    "baseline_gp": "Zysk brutto stanu obecnego", "margin_change_m": "Zmiana marży",
    "net_m": "Przepływ netto (po korekcie ryzyka)", "cum_m": "Skumulowany przepływ netto",
    "below": "Poniżej 0 (1 = tak)", "below_seen": "Poniżej 0 do tej pory", "recovered": "Powrót do ≥ 0 po spadku",
    "turns": "Przejście poniżej 0",
    "raw": "Kwoty przed korektą ryzyka", "adjusted": "Kwoty po korekcie ryzyka",
    "margin_change": "Zmiana marży (klienci i przychód na klienta)",
    "service_spend_change_line": "Zmiana wydatków na obsługę",
    "extra_recurring_cost": "Dodatkowy koszt bieżący", "one_off_cost_line": "Koszt jednorazowy",
    "margin_factor": "Współczynnik ryzyka pozycji marży",
    "benefits": "Korzyści", "costs": "Koszty", "net": "Przepływ netto", "discount_factor": "Czynnik dyskontowy",
    "pv_net": "Wartość bieżąca przepływu netto",
    "customers_year_end": "Klienci na koniec roku", "customers_vs_baseline": "Klienci względem stanu obecnego",
    "revenue_year": "Przychód w roku", "gp_year": "Zysk brutto w roku",
    "revenue_diff": "Przychód poniżej stanu obecnego",
    "pv_benefits": "PV korzyści", "pv_costs": "PV kosztów", "npv": "NPV", "roi": "ROI", "irr": "IRR",
    "payback_month": "Miesiąc zwrotu", "crossover_month": "Miesiąc, w którym zysk z cięcia zmienia się w stratę",
    "customers_vs_baseline_end": "Klienci względem stanu obecnego na koniec horyzontu",
    "revenue_at_risk": "Przychód zagrożony w horyzoncie",
    "replacement_cost": "Koszt odzyskania utraconych klientów (kontekst, poza NPV)",
    "baseline_block": "Stan obecny", "clv": "Wartość klienta w czasie (CLV)",
    "lost_per_year": "Klienci traceni rocznie przez złą obsługę",
    "revenue_lost": "Ich roczny przychód", "lifetime_lost": "Ich marża w czasie życia (x CLV)",
    "baseline_customers_end": "Klienci na koniec horyzontu", "baseline_revenue": "Przychód w horyzoncie",
    "no_roi": "brak", "no_irr": "brak IRR", "not_in_horizon": "poza horyzontem",
    "chart.cumulative": "Skumulowany przepływ netto (po korekcie ryzyka)", "chart.customers": "Liczba klientów w czasie",
    "chart.month": "Miesiąc", "chart.money": "{cur}", "chart.count": "Klienci",
    "static_note": "Wartości stałe obliczone przez roi-desktop (arkusz nie rozwiąże równania ani nie przeprowadzi "
                   "symulacji); nie zmieniają się po edycji danych wejściowych.",
    "yearly_at": "Roczne przepływy i sumy: kolumny {cols} →",
    "tolerance": "Tolerancja (1e-12 x maks. |skumulowany|)",
    "breakeven": "Zmiana odejść, przy której NPV = 0", "none": "brak",
    "tornado": "Wykres tornado: NPV przy niskiej i wysokiej wartości jednej danej", "input": "Dana wejściowa",
    "low_value": "Wartość niska", "high_value": "Wartość wysoka", "npv_low": "NPV przy niskiej",
    "npv_high": "NPV przy wysokiej", "swing": "Rozpiętość", "monte_carlo": "Symulacja Monte Carlo NPV",
    "p10": "P10", "p50": "P50 (mediana)", "p90": "P90", "prob_positive": "Prawdopodobieństwo, że NPV > 0",
    "trials": "Liczba prób", "seed": "Ziarno", "prob_best": "Prawdopodobieństwo, że najlepsza inwestycja "
                                                          "wypadnie lepiej niż najlepsze cięcie",
    "computed": "obliczone przez roi-desktop", "timing": "Czas",
    "horizon_fixed": "Stały w tym skoroszycie: arkusze zbudowano dla tego horyzontu; aby go zmienić, "
                     "wyeksportuj skoroszyt ponownie z roi-desktop.",
    "error_title": "Nieprawidłowa wartość", "error_text": "{label}: wpisz {range}.",
    "error_list": "{label}: wybierz jedną z wartości: {values}.", "amount": "Kwota",
    "error_risk": "{label}: zostaw puste albo wpisz {range}.",
}

LABELS = {"en": _EN, "pl": _PL}


def text(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (English for an unknown language), with ``values`` filled in.

    >>> text("pl", "year", t=2)
    'Rok 2'
    """
    table = LABELS.get(lang, _EN)
    template = table.get(key, _EN[key])
    return template.format(**values) if values else template


def describe_range(spec: FieldSpec, lang: str, *, as_percent: bool = False) -> str:
    """The valid range of ``spec`` in words, percentages for fractions shown as %.

    >>> describe_range(CLIENT_SPEC_EXAMPLE, "pl", as_percent=True)
    'liczbę od 0 %, mniejszą niż 100 %'
    """
    scale, suffix = (100.0, " %" if lang == "pl" else "%") if as_percent else (1.0, "")
    lo, hi = _num(spec.low * scale, lang) + suffix, _num(spec.high * scale, lang) + suffix
    if lang == "pl":
        kind = "liczbę całkowitą" if spec.integer else "liczbę"
        if spec.low_open:
            return f"{kind} większą niż {lo} i {'mniejszą niż' if spec.high_open else 'nie większą niż'} {hi}"
        if spec.high_open:
            return f"{kind} od {lo}, mniejszą niż {hi}"
        return f"{kind} od {lo} do {hi}"
    kind = "a whole number" if spec.integer else "a number"
    left = f"greater than {lo}" if spec.low_open else f"at least {lo}"
    right = f"less than {hi}" if spec.high_open else f"at most {hi}"
    return f"{kind} {left} and {right}"


def _num(x: float, lang: str) -> str:
    if float(x).is_integer() and abs(x) < 1e15:
        body = f"{int(x):,}"
        return body.replace(",", "\u00a0") if lang == "pl" else body
    body = f"{x:g}"
    return body.replace(".", ",") if lang == "pl" else body


CLIENT_SPEC_EXAMPLE = FieldSpec("annual_churn_rate", 0, 1, high_open=True, unit="fraction")
