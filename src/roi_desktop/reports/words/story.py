"""Words of the story the report tells on page one and in the summary: the verdict in one sentence,
the headline table, one short paragraph per scenario. Money goes in exactly as the tables print it."""

EN: dict[str, str | tuple[str, ...]] = {
    "story.quoted": "“{name}”",
    "story.over_years": ("over {n} year", "over {n} years"),
    "story.after_years": ("after {n} year", "after {n} years"),
    "story.verdict.investment_wins": "Investing in customer service creates more value than cutting it: the best "
                                     "investment, {inv}, has an NPV of {inv_npv} {horizon}, against {cut_npv} for "
                                     "the best cut, {cut}.",
    "story.verdict.cut_wins": "Under these assumptions the cut {cut} creates more value (NPV {cut_npv} {horizon}) "
                              "than the best investment, {inv} (NPV {inv_npv}), as long as churn reacts no more "
                              "than its break-even allows.",
    "story.verdict.best_only": "The scenario with the highest NPV is {best}: {npv} {horizon}.",
    "story.verdict.best_only_negative": "No scenario has a positive NPV {horizon}: the best, {best}, reaches {npv}.",
    "story.verdict.no_scenarios": "The project holds no scenarios yet; this report shows the baseline only.",
    "story.scenario.cut": "{name} (cut) saves {benefits} but costs {costs} in lost margin and other costs: "
                          "NPV {npv}, ROI {roi}.",
    "story.scenario.investment": "{name} (investment) costs {costs} and returns {benefits}: NPV {npv}, ROI {roi}.",
    "story.timing": "{timing}.",
    "story.lost": ("{After}, the client has {shown} customer fewer than without the change, and {revenue} of "
                   "revenue is at risk.",
                   "{After}, the client has {shown} customers fewer than without the change, and {revenue} of "
                   "revenue is at risk."),
    "story.kept": ("{After}, the client has {shown} customer more than without the change.",
                   "{After}, the client has {shown} customers more than without the change."),
    "story.assumed": "This analysis assumes {x}.",
    "story.basis": ("Amounts are present values over {n} year, risk-adjusted (TEI); months count from the start.",
                    "Amounts are present values over {n} years, risk-adjusted (TEI); months count from the start."),
    "story.cops": tuple("Today the client loses about {shown} " + who + " a year to poor service, worth {revenue} of "
                        "yearly revenue and {margin} of lifetime margin (Genesys approach; CLV after Gupta and "
                        "Lehmann)." for who in ("customer", "customers")),
    "story.chart_leaders": "The chart shows {n} of {total} scenarios (the best cut, the best investment and the "
                           "highest NPVs); every scenario is in the table and in the charts of the report.",
    "story.all_npvs": "NPV of every scenario",
    "story.scenario": "Scenario",
}

PL: dict[str, str | tuple[str, ...]] = {
    "story.quoted": "„{name}”",
    "story.over_years": ("w horyzoncie {n} roku", "w horyzoncie {n} lat", "w horyzoncie {n} lat"),
    "story.after_years": ("po {n} roku", "po {n} latach", "po {n} latach"),
    "story.verdict.investment_wins": "Inwestycja w obsługę klienta tworzy większą wartość niż cięcie jej kosztów: "
                                     "najlepsza inwestycja, {inv}, ma NPV {inv_npv} {horizon}, wobec {cut_npv} "
                                     "najlepszego cięcia, {cut}.",
    "story.verdict.cut_wins": "Przy tych założeniach cięcie {cut} daje większą wartość (NPV {cut_npv} {horizon}) "
                              "niż najlepsza inwestycja, {inv} (NPV {inv_npv}), o ile odejścia klientów nie "
                              "przekroczą progu opłacalności.",
    "story.verdict.best_only": "Najwyższe NPV ma scenariusz {best}: {npv} {horizon}.",
    "story.verdict.best_only_negative": "Żaden scenariusz nie ma dodatniego NPV {horizon}: najlepszy, {best}, "
                                        "osiąga {npv}.",
    "story.verdict.no_scenarios": "Projekt nie zawiera jeszcze scenariuszy; raport pokazuje tylko stan obecny.",
    "story.scenario.cut": "{name} (cięcie) oszczędza {benefits}, ale kosztuje {costs} w utraconej marży i innych "
                          "kosztach: NPV {npv}, ROI {roi}.",
    "story.scenario.investment": "{name} (inwestycja) kosztuje {costs} i przynosi {benefits}: NPV {npv}, ROI {roi}.",
    "story.timing": "{timing}.",
    "story.lost": ("{After} klient ma o {shown} klienta mniej niż bez tej zmiany, a zagrożony przychód wynosi "
                   "{revenue}.",
                   "{After} klient ma o {shown} klientów mniej niż bez tej zmiany, a zagrożony przychód wynosi "
                   "{revenue}.",
                   "{After} klient ma o {shown} klientów mniej niż bez tej zmiany, a zagrożony przychód wynosi "
                   "{revenue}."),
    "story.kept": ("{After} klient ma o {shown} klienta więcej niż bez tej zmiany.",
                   "{After} klient ma o {shown} klientów więcej niż bez tej zmiany.",
                   "{After} klient ma o {shown} klientów więcej niż bez tej zmiany."),
    "story.assumed": "W analizie przyjęto {x}.",
    "story.basis": ("Kwoty to wartości bieżące w horyzoncie {n} roku, skorygowane o ryzyko (TEI); miesiące liczone "
                    "od początku.",
                    "Kwoty to wartości bieżące w horyzoncie {n} lat, skorygowane o ryzyko (TEI); miesiące liczone "
                    "od początku.",
                    "Kwoty to wartości bieżące w horyzoncie {n} lat, skorygowane o ryzyko (TEI); miesiące liczone "
                    "od początku."),
    "story.cops": tuple("Już dziś klient traci przez złą obsługę około {shown} " + who + " rocznie, wartych {revenue} "
                        "rocznego przychodu i {margin} marży w całym okresie współpracy (podejście Genesys; CLV "
                        "według Gupty i Lehmanna)." for who in ("klienta", "klientów", "klientów", "klienta")),
    "story.chart_leaders": "Wykres pokazuje {n} z {total} scenariuszy (najlepsze cięcie, najlepszą inwestycję "
                           "i najwyższe NPV); wszystkie scenariusze są w tabeli i na wykresach raportu.",
    "story.all_npvs": "NPV wszystkich scenariuszy",
    "story.scenario": "Scenariusz",
}
