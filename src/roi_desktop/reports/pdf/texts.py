"""Every fixed word of the PDF report in Polish and English.

``tr(lang, key, **values)`` returns the wording for ``key`` with ``values`` filled in. Values are
inserted as given: callers escape user text and format numbers before passing them.

>>> tr("pl", "npv")
'NPV (wartość bieżąca netto)'
>>> tr("en", "month_in_year", month=14, year=2)
'month 14 (Year 2)'
"""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {  # key: (en, pl)
    # cover and page furniture
    "default_title": ("Customer service: cost or investment? Scenario analysis",
                      "Obsługa klienta: koszt czy inwestycja? Analiza scenariuszy"),
    "report_for": ("Prepared for", "Przygotowano dla"),
    "prepared_by": ("Prepared by", "Przygotował(a)"),
    "report_date": ("Date", "Data"),
    "industry": ("Industry", "Branża"),
    "horizon_cover": ("Horizon {years}, discount rate {rate}, amounts in {currency}",
                      "Horyzont {years}, stopa dyskontowa {rate}, kwoty w {currency}"),
    "page_of": ("Page {page} of {pages}", "Strona {page} z {pages}"),
    "contents": ("Contents", "Spis treści"),
    # section headings
    "h_summary": ("Executive summary", "Podsumowanie dla zarządu"),
    "h_comparison": ("Scenario comparison", "Porównanie scenariuszy"),
    "h_charts": ("Charts", "Wykresy"),
    "h_flows": ("Yearly cash flows per scenario", "Roczne przepływy pieniężne scenariuszy"),
    "h_baseline": ("Baseline: customer value and the cost of poor service",
                   "Stan obecny: wartość klienta i koszt złej obsługi"),
    "h_risk": ("Risk analysis", "Analiza ryzyka"),
    "h_assumptions": ("Assumptions entered", "Przyjęte założenia"),
    "h_methodology": ("Methodology and sources", "Metodyka i źródła"),
    "h_disclaimer": ("Important notice", "Ważna informacja"),
    "h_client": ("Client", "Klient"),
    "h_analysis": ("Analysis settings", "Ustawienia analizy"),
    "h_scenario_n": ("Scenario {n}: {name}", "Scenariusz {n}: {name}"),
    # kinds and lines
    "cut": ("cut", "cięcie"),
    "investment": ("investment", "inwestycja"),
    "benefit": ("benefit", "korzyść"),
    "cost": ("cost", "koszt"),
    "margin_change": ("Margin change (customers and revenue)", "Zmiana marży (klienci i przychód)"),
    "service_spend_change": ("Service spend change", "Zmiana wydatków na obsługę"),
    "extra_recurring_cost": ("Extra recurring cost", "Dodatkowy koszt stały"),
    "one_off_cost": ("One-off cost", "Koszt jednorazowy"),
    "benefits_total": ("Total benefits", "Korzyści razem"),
    "costs_total": ("Total costs", "Koszty razem"),
    "net": ("Net cash flow", "Przepływ netto"),
    "discount_factor": ("Discount factor", "Współczynnik dyskonta"),
    "pv_net": ("Present value of net flow", "Wartość bieżąca przepływu netto"),
    "cumulative_pv": ("Cumulative present value", "Skumulowana wartość bieżąca"),
    "line": ("Flow line (risk-adjusted)", "Pozycja (skorygowana o ryzyko)"),
    "year_n": ("Year {n}", "Rok {n}"),
    "total": ("Total", "Suma"),
    "pv": ("Present value", "Wartość bieżąca"),
    "amounts_in": ("Amounts in {currency}, risk-adjusted; costs shown as negative amounts.",
                   "Kwoty w {currency}, skorygowane o ryzyko; koszty ze znakiem minus."),
    # metrics
    "metric": ("Metric", "Wskaźnik"),
    "kind": ("Type", "Rodzaj"),
    "pv_benefits": ("Present value of benefits", "Wartość bieżąca korzyści"),
    "pv_costs": ("Present value of costs", "Wartość bieżąca kosztów"),
    "npv": ("NPV (net present value)", "NPV (wartość bieżąca netto)"),
    "npv_short": ("NPV", "NPV"),
    "roi": ("ROI", "ROI"),
    "irr": ("IRR", "IRR"),
    "timing": ("Payback / crossover", "Zwrot / punkt zwrotny"),
    "payback": ("Payback", "Okres zwrotu"),
    "crossover": ("Crossover (cut turns into a loss)", "Punkt zwrotny (cięcie zaczyna przynosić stratę)"),
    "customers_vs_baseline": ("Customers vs baseline at horizon end", "Klienci wobec stanu obecnego na koniec horyzontu"),
    "revenue_at_risk": ("Revenue at risk over the horizon", "Zagrożony przychód w horyzoncie"),
    "replacement_cost": ("Cost to win lost customers back (context)", "Koszt odzyskania utraconych klientów (kontekst)"),
    "breakeven": ("Break-even churn change", "Próg opłacalności (zmiana odejść)"),
    "month_in_year": ("month {month} (Year {year})", "miesiąc {month} (rok {year})"),
    "immediately": ("immediately (month 0)", "od razu (miesiąc 0)"),
    "not_in_horizon": ("not within the horizon", "nie w horyzoncie analizy"),
    "no_irr": ("none: the net flows never change sign", "brak: przepływy netto nie zmieniają znaku"),
    "no_roi": ("n/a (no costs)", "nie dotyczy (brak kosztów)"),
    "no_breakeven": ("no churn change brings NPV to zero", "żadna zmiana odejść nie daje NPV równego zero"),
    "irr_reversed_note": (
        "This scenario gains first and loses later, so its IRR reads the other way round: it is the cost "
        "of the 'loan' the scenario takes from future margin, and a higher IRR is worse. Decide on NPV.",
        "Ten scenariusz najpierw przynosi zysk, a później stratę, więc jego IRR czyta się odwrotnie: to koszt "
        "„pożyczki” zaciąganej od przyszłej marży i wyższe IRR jest gorsze. Decyzję warto opierać na NPV."),
    # charts
    "chart_cumulative": ("Cumulative net cash flow by month (risk-adjusted, undiscounted)",
                         "Skumulowany przepływ netto w kolejnych miesiącach (skorygowany o ryzyko, niezdyskontowany)"),
    "chart_customers": ("Active customers by month", "Liczba aktywnych klientów w kolejnych miesiącach"),
    "chart_npv": ("NPV per scenario", "NPV scenariuszy"),
    "axis_month": ("month", "miesiąc"),
    "baseline": ("Baseline (client as it is)", "Stan obecny (bez zmian)"),
    # baseline section
    "clv": ("Customer lifetime value (CLV)", "Wartość klienta w czasie życia (CLV)"),
    "clv_undefined": ("not defined for these inputs", "nieokreślona dla tych danych"),
    "cops_customers": ("Customers lost to poor service per year", "Klienci traceni rocznie przez złą obsługę"),
    "cops_revenue": ("Their yearly revenue", "Ich roczny przychód"),
    "cops_margin": ("Their lifetime margin (× CLV)", "Ich marża w czasie życia (× CLV)"),
    "customers_start": ("Customers at the start", "Klienci na początku"),
    "customers_end": ("Customers at horizon end (baseline)", "Klienci na koniec horyzontu (stan obecny)"),
    # assumptions
    "field": ("Input", "Dana"),
    "value": ("Value", "Wartość"),
    "low": ("Low", "Niska"),
    "high": ("High", "Wysoka"),
    "range": ("Range for risk analysis", "Zakres do analizy ryzyka"),
    "notes": ("Notes", "Uwagi"),
    "none": ("none", "brak"),
    "custom_lines": ("Custom lines", "Własne pozycje"),
    "line_risk": ("Risk", "Ryzyko"),
    "amounts_entered": ("Amounts in {currency} as entered, before the risk adjustment.",
                        "Kwoty w {currency} w wprowadzonej postaci, przed korektą o ryzyko."),
    "customers_by_year": ("Customers at the end of each year", "Klienci na koniec każdego roku"),
    "scenario_col": ("Scenario", "Scenariusz"),
    "baseline_short": ("Baseline", "Stan obecny"),
    "baseline_reading": (
        "An average customer is worth {clv} in discounted lifetime margin (CLV). Every year about {n} customers "
        "leave because of poor service, taking {revenue} of yearly revenue and {margin} of lifetime margin with "
        "them (the Genesys approach: lost relationships × their value).",
        "Przeciętny klient jest wart {clv} zdyskontowanej marży w całym okresie współpracy (CLV). Co roku około "
        "{n} klientów odchodzi z powodu złej obsługi, zabierając {revenue} rocznego przychodu i {margin} marży "
        "w całym okresie współpracy (podejście Genesys: utracone relacje × ich wartość)."),
    "scenario_default_risk": ("scenario's", "jak w scenariuszu"),
    "client_name": ("Client name", "Nazwa klienta"),
    "consultant": ("Consultant", "Konsultant"),
    "company": ("Company", "Firma"),
    "customers": ("Active customers at the start", "Aktywni klienci na początku"),
    "annual_revenue_per_customer": ("Yearly revenue per customer", "Roczny przychód na klienta"),
    "gross_margin": ("Gross margin", "Marża brutto"),
    "annual_churn_rate": ("Yearly churn rate", "Roczny wskaźnik odejść"),
    "annual_new_customers": ("New customers per year", "Nowi klienci rocznie"),
    "acquisition_cost": ("Cost to win one customer", "Koszt pozyskania klienta"),
    "annual_service_spend": ("Yearly customer service spend", "Roczne wydatki na obsługę klienta"),
    "service_churn_share": ("Share of churn caused by poor service", "Udział odejść z powodu złej obsługi"),
    "horizon_years": ("Horizon", "Horyzont"),
    "months_n": ("{n} months", "{n} mies."),
    "discount_rate": ("Discount rate (yearly)", "Stopa dyskontowa (roczna)"),
    "currency": ("Currency", "Waluta"),
    "trials": ("Monte Carlo trials", "Liczba losowań Monte Carlo"),
    "seed": ("Random seed", "Ziarno losowania"),
    "s_service_spend_change": ("Change of recurring service spend", "Zmiana stałych wydatków na obsługę"),
    "s_one_off_cost": ("One-off cost (Year 0)", "Koszt jednorazowy (rok 0)"),
    "s_extra_annual_cost": ("Extra recurring cost per year", "Dodatkowy koszt stały rocznie"),
    "churn_change_pp": ("Change of yearly churn", "Zmiana rocznego wskaźnika odejść"),
    "revenue_per_customer_change": ("Change of revenue per customer", "Zmiana przychodu na klienta"),
    "ramp_months": ("Months to full effect", "Miesiące do pełnego efektu"),
    "benefit_risk": ("Benefit risk adjustment", "Korekta korzyści o ryzyko"),
    "cost_risk": ("Cost risk adjustment", "Korekta kosztów o ryzyko"),
    # risk
    "h_tornado": ("What moves the NPV most", "Co najbardziej wpływa na NPV"),
    "h_monte_carlo": ("Range of outcomes (Monte Carlo)", "Zakres możliwych wyników (Monte Carlo)"),
    "p10": ("P10 (pessimistic)", "P10 (pesymistycznie)"),
    "p50": ("P50 (median)", "P50 (mediana)"),
    "p90": ("P90 (optimistic)", "P90 (optymistycznie)"),
    "prob_positive": ("Probability NPV > 0", "Prawdopodobieństwo NPV > 0"),
    "input": ("Input", "Dana wejściowa"),
    "npv_at_low": ("NPV at low", "NPV przy niskiej"),
    "npv_at_high": ("NPV at high", "NPV przy wysokiej"),
    "swing": ("Swing", "Rozpiętość"),
    "trials_count": ("Trials", "Losowania"),
    "npv_axis": ("NPV", "NPV"),
    "share_of_trials": ("share of trials", "udział losowań"),
    "chart_tornado": ("NPV when one input moves to its low or high value",
                      "NPV, gdy jedna dana przyjmuje wartość niską lub wysoką"),
    "chart_distribution": ("Distribution of NPV over {trials} trials", "Rozkład NPV w {trials} losowaniach"),
    "at_low": ("low value", "wartość niska"),
    "at_high": ("high value", "wartość wysoka"),
}

_LANG_INDEX = {"en": 0, "pl": 1}


def check_lang(lang: str) -> str:
    if lang not in _LANG_INDEX:
        raise ValueError(f"report language must be 'pl' or 'en', got {lang!r}")
    return lang


def tr(lang: str, key: str, **values: object) -> str:
    text = _TEXTS[key][_LANG_INDEX[check_lang(lang)]]
    return text.format(**values) if values else text


def years(lang: str, n: int, case: str = "nom") -> str:
    """'3 years' / Polish by case: nom '3 lata', gen '3 lat' (w horyzoncie 3 lat), loc '3 latach' (po 3 latach).

    >>> [years("pl", n) for n in (1, 2, 5, 12, 22)]
    ['1 rok', '2 lata', '5 lat', '12 lat', '22 lata']
    >>> years("pl", 1, "gen"), years("pl", 3, "loc"), years("en", 1)
    ('1 roku', '3 latach', '1 year')
    """
    if check_lang(lang) == "en":
        return f"{n} year" if n == 1 else f"{n} years"
    if n == 1:
        word = {"nom": "rok", "gen": "roku", "loc": "roku"}[case]
    elif case == "loc":
        word = "latach"
    elif case == "nom" and n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        word = "lata"
    else:
        word = "lat"
    return f"{n} {word}"


def has(key: str) -> bool:
    return key in _TEXTS
