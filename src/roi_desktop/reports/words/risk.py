"""Words of the risk readings shared by the app, the PDF, the workbook and the command line: the
break-even sentence and the Monte Carlo sentences. The break-even figure is inserted exactly as the
tables show it (``{x}``, e.g. '+0.91 pp'), so table and sentence read the same; each sentence talks
about the break-even itself, never about the rounded number, so rounding cannot make it untrue."""

EN: dict[str, str | tuple[str, ...]] = {
    "risk.subject.investment": "The investment",
    "risk.subject.cut": "The cut",
    "risk.breakeven.investment.fall": "{s} pays only if churn falls by at least its break-even of {x}",
    "risk.breakeven.investment.rise": "{s} pays even if churn rises, as long as the rise stays below its "
                                      "break-even of {x}",
    "risk.breakeven.cut.rise": "{s} pays only if churn rises by less than its break-even of {x}",
    "risk.breakeven.cut.fall": "{s} pays only if churn falls by at least its break-even of {x}",
    "risk.breakeven.zero": "{s} pays only if churn does not rise at all (break-even {x}).",
    "risk.breakeven.positive": "{s} pays whatever churn does: NPV stays positive for any change in churn.",
    "risk.breakeven.negative": "{s} does not pay whatever churn does: NPV stays negative for any change in churn.",
    "risk.breakeven.flat": "Churn does not change this scenario's NPV.",
    "risk.share.below": "below 1%",
    "risk.share.above": "above 99%",
    "risk.mc.certain": "This scenario's inputs are certain: every simulated case gives an NPV of {p10}.",
    "risk.mc.spread": "In 8 of 10 simulated cases NPV lies between {p10} and {p90}",
    "risk.mc.all_positive": "{spread}; NPV is positive in every simulated case.",
    "risk.mc.none_positive": "{spread}; NPV is not positive in any simulated case.",
    "risk.mc.probability": "{spread}; the probability of a positive NPV is {share}.",
    "risk.mc.best_beats_cut": "The best investment gives a higher NPV than the best cut in {share} of simulated "
                              "cases ({trials} trials).",
}

PL: dict[str, str | tuple[str, ...]] = {
    "risk.subject.investment": "Inwestycja",
    "risk.subject.cut": "Cięcie",
    "risk.breakeven.investment.fall": "{s} się opłaca tylko wtedy, gdy odejścia klientów spadną co najmniej "
                                      "o próg opłacalności: {x}",
    "risk.breakeven.investment.rise": "{s} się opłaca nawet wtedy, gdy odejścia klientów wzrosną, byle mniej "
                                      "niż o próg opłacalności: {x}",
    "risk.breakeven.cut.rise": "{s} się opłaca tylko wtedy, gdy odejścia klientów wzrosną mniej niż o próg "
                               "opłacalności: {x}",
    "risk.breakeven.cut.fall": "{s} się opłaca tylko wtedy, gdy odejścia klientów spadną co najmniej o próg "
                               "opłacalności: {x}",
    "risk.breakeven.zero": "{s} się opłaca tylko wtedy, gdy odejścia klientów w ogóle nie wzrosną "
                           "(próg opłacalności {x}).",
    "risk.breakeven.positive": "{s} się opłaca niezależnie od tego, jak zmienią się odejścia klientów: "
                               "NPV pozostaje dodatnie.",
    "risk.breakeven.negative": "{s} się nie opłaca niezależnie od tego, jak zmienią się odejścia klientów: "
                               "NPV pozostaje ujemne.",
    "risk.breakeven.flat": "Odejścia klientów nie zmieniają NPV tego scenariusza.",
    "risk.share.below": "poniżej 1\u00a0%",
    "risk.share.above": "powyżej 99\u00a0%",
    "risk.mc.certain": "Dane wejściowe tego scenariusza są pewne: każda symulacja daje NPV {p10}.",
    "risk.mc.spread": "W 8 na 10 symulowanych przypadków NPV mieści się między {p10} a {p90}",
    "risk.mc.all_positive": "{spread}; NPV jest dodatnie we wszystkich symulacjach.",
    "risk.mc.none_positive": "{spread}; NPV nie jest dodatnie w żadnej symulacji.",
    "risk.mc.probability": "{spread}; prawdopodobieństwo dodatniego NPV wynosi {share}.",
    "risk.mc.best_beats_cut": "Najlepsza inwestycja daje wyższe NPV niż najlepsze cięcie w {share} "
                              "symulowanych przypadków ({trials} symulacji).",
}
