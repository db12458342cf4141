"""The report's method: formulas and conventions of the model contract, the sources as published
(CONTEXT.md only) and the notice. ``{horizon}`` and ``{years}`` are filled by the caller."""

EN: dict[str, str | tuple[str, ...]] = {
    'method.h_conventions': 'Formulas and conventions',
    'method.h_sources': 'Sources',
    'method.convention_1_title': 'Time',
    'method.convention_1': (
        'The horizon is {horizon}, modelled month by month; the tables show Year 0 (one-off amounts) and '
        'Years 1 to {years}. Figures are computed without rounding and rounded for display only.'
    ),
    'method.convention_2_title': 'Customers',
    'method.convention_2': (
        'Monthly churn q = 1 − (1 − yearly churn)<super>1/12</super>. Customers at the start of month m: '
        'N(1) = customers today; N(m+1) = N(m) × (1 − q(m)) + new customers per year / 12. Revenue in '
        'month m = N(m) × yearly revenue per customer / 12; gross profit = revenue × gross margin.'
    ),
    'method.convention_3_title': 'Scenarios',
    'method.convention_3': (
        'Each scenario is compared with the baseline (the client as it is). Scenario churn in month m = '
        'yearly churn + ramp(m) × churn change / 100, kept between 0 and 0.99, with ramp(m) = min(1, m / '
        'months to full effect); cost changes apply at once. The incremental flows are separate lines: '
        'margin change, service spend change, extra recurring cost, one-off cost (Year 0) and the '
        "consultant's custom lines."
    ),
    'method.convention_4_title': 'Risk adjustment (TEI)',
    'method.convention_4': (
        'Benefits × (1 − benefit risk), costs × (1 + cost risk), applied to each line in each year by '
        'its sign; a custom line may carry its own risk.'
    ),
    'method.convention_5_title': 'Present value, NPV, ROI, IRR',
    'method.convention_5': (
        'PV(X) = X<sub>0</sub> + Σ X<sub>t</sub> / (1 + r)<super>t</super> for t = 1…T: Year 0 is not '
        'discounted (Excel: NPV(rate, Year1:YearT) + Year0). NPV = PV(benefits) − PV(costs); ROI = NPV / '
        'PV(costs); IRR on the yearly net flows, none when they never change sign.'
    ),
    'method.convention_6_title': 'Payback and crossover',
    'method.convention_6': (
        'Payback: the first month in which the cumulative undiscounted net flow, starting with the '
        'one-off cost at month 0, reaches zero or more. For a cut the report gives the crossover '
        'instead: the month in which the cumulative effect of the cut (savings first, losses later) '
        'turns negative.'
    ),
    'method.convention_7_title': 'Customers and revenue at risk',
    'method.convention_7': (
        "Customers lost or kept against the baseline at each year end; revenue at risk is the baseline's "
        "revenue minus the scenario's over the horizon. The cost to win lost customers back (customers "
        'lost × acquisition cost) is shown for context only and is not added to NPV, which already '
        'counts the lost margin.'
    ),
    'method.convention_8_title': 'Break-even',
    'method.convention_8': (
        "The change of the yearly churn rate, in percentage points, at which the scenario's NPV is zero. "
        'A cut pays only if churn rises by less than that.'
    ),
    'method.convention_9_title': 'Customer lifetime value',
    'method.convention_9': (
        'CLV = m × R / (1 + i − R) with m = yearly revenue per customer × gross margin, R = 1 − yearly '
        'churn, i = discount rate (margin at the end of each period).'
    ),
    'method.convention_10_title': 'Cost of poor service',
    'method.convention_10': (
        'Customers lost per year to poor service = customers × yearly churn × share of churn caused by '
        'poor service; shown with their yearly revenue and their lifetime margin (× CLV).'
    ),
    'method.convention_11_title': 'Risk analysis',
    'method.convention_11': (
        "Tornado: each scenario's NPV with one uncertain input at a time moved to its low and high value "
        '(the range entered, else ±20 %), sorted by swing. Monte Carlo: triangular distributions on the '
        'churn change (low, point, high) and on every input given a range; seeded and reproducible; P10, '
        'P50 and P90 of NPV and the probability that NPV > 0.'
    ),
    'method.source_1': (
        'Forrester Total Economic Impact (TEI): benefits, costs, flexibility, risk. Benefits '
        'risk-adjusted down (× (1 − risk)), costs up (× (1 + risk)); initial costs at time 0 not '
        'discounted; years 1..3 discounted, typically at 10 % (firms use 8–16 %); NPV = PV(benefits) − '
        'PV(costs); ROI = NPV / PV(costs); payback when cumulative net benefit turns positive.'
    ),
    'method.source_2': (
        'Gupta &amp; Lehmann, “Customers as Assets”, <i>Journal of Interactive Marketing</i> 17(1), '
        '2003: CLV = m × r / (1 + i − r) for constant margin m, retention r, discount rate i (margin at '
        'the end of each period).'
    ),
    'method.source_3': (
        'Genesys, “The Cost of Poor Customer Service” (Nov 2009, 16 countries, 8,880 consumers, at least '
        '500 per country; survey by Greenfield Online, analysis by Datamonitor/Ovum): USD 338.5 bn a '
        'year lost worldwide to poor service; 63 % of it went to competitors, 37 % was abandoned; USD '
        '243 average yearly value of a lost relationship. Method as published: lost relationships × '
        'their average yearly value.'
    ),
    'method.source_4': (
        'Poland, same study (Polish press coverage, e.g. wirtualnemedia.pl): EUR 8.8 bn a year; 537 '
        'Polish consumers; 73 % had dropped a company because of poor service; EUR 145 average value of '
        'a lost customer.'
    ),
    'method.source_5': (
        'Service quality and churn (SQM Group studies of contact centres): intent to defect about 5 % '
        'after a first-contact resolution, 9 % after two or more contacts, 25 % when unresolved. No '
        'general elasticity of churn to service spend is published: that is why every effect in this '
        "report is the consultant's input with a low and a high value, never a built-in constant."
    ),
    'method.disclaimer': (
        "The figures in this report are estimates based on the client's inputs and the assumptions "
        'listed under “Assumptions entered”. They are not a forecast or a guarantee of future results. '
        "How customers react to a change in service is the consultant's estimate, given with a low and a "
        'high value where known; the risk analysis shows how far the results move when it differs. Check '
        'the inputs before relying on the figures for a decision.'
    ),
}

PL: dict[str, str | tuple[str, ...]] = {
    'method.h_conventions': 'Wzory i konwencje',
    'method.h_sources': 'Źródła',
    'method.convention_1_title': 'Czas',
    'method.convention_1': (
        'Horyzont analizy: {horizon}, liczony miesiąc po miesiącu; tabele pokazują rok 0 (kwoty '
        'jednorazowe) i lata 1–{years}. Obliczenia nie są zaokrąglane; zaokrągla się tylko prezentację.'
    ),
    'method.convention_2_title': 'Klienci',
    'method.convention_2': (
        'Miesięczny wskaźnik odejść q = 1 − (1 − roczny wskaźnik odejść)<super>1/12</super>. Klienci na '
        'początku miesiąca m: N(1) = obecna liczba klientów; N(m+1) = N(m) × (1 − q(m)) + nowi klienci '
        'rocznie / 12. Przychód w miesiącu m = N(m) × roczny przychód na klienta / 12; zysk brutto = '
        'przychód × marża brutto.'
    ),
    'method.convention_3_title': 'Scenariusze',
    'method.convention_3': (
        'Każdy scenariusz porównuje się ze stanem obecnym (klient bez zmian). Wskaźnik odejść w miesiącu '
        'm = roczny wskaźnik odejść + ramp(m) × zmiana odejść / 100, w granicach od 0 do 0,99, gdzie '
        'ramp(m) = min(1, m / miesiące do pełnego efektu); zmiany kosztów działają od razu. Przepływy '
        'przyrostowe to osobne pozycje: zmiana marży, zmiana wydatków na obsługę, dodatkowy koszt stały, '
        'koszt jednorazowy (rok 0) i własne pozycje konsultanta.'
    ),
    'method.convention_4_title': 'Korekta o ryzyko (TEI)',
    'method.convention_4': (
        'Korzyści × (1 − ryzyko korzyści), koszty × (1 + ryzyko kosztów), stosowane do każdej pozycji w '
        'każdym roku według jej znaku; własna pozycja może mieć własne ryzyko.'
    ),
    'method.convention_5_title': 'Wartość bieżąca, NPV, ROI, IRR',
    'method.convention_5': (
        'PV(X) = X<sub>0</sub> + Σ X<sub>t</sub> / (1 + r)<super>t</super> dla t = 1…T: rok 0 nie jest '
        'dyskontowany (Excel: NPV(stopa; Rok1:RokT) + Rok0). NPV = PV(korzyści) − PV(kosztów); ROI = NPV '
        '/ PV(kosztów); IRR z rocznych przepływów netto, brak, gdy nie zmieniają one znaku.'
    ),
    'method.convention_6_title': 'Okres zwrotu i punkt zwrotny',
    'method.convention_6': (
        'Okres zwrotu: pierwszy miesiąc, w którym skumulowany niezdyskontowany przepływ netto, liczony '
        'od kosztu jednorazowego w miesiącu 0, osiąga zero lub więcej. Dla cięcia raport podaje punkt '
        'zwrotny: miesiąc, w którym skumulowany efekt cięcia (najpierw oszczędności, potem straty) staje '
        'się ujemny.'
    ),
    'method.convention_7_title': 'Klienci i zagrożony przychód',
    'method.convention_7': (
        'Klienci utraceni lub zatrzymani względem stanu obecnego na koniec każdego roku; zagrożony '
        'przychód to przychód stanu obecnego minus przychód scenariusza w horyzoncie. Koszt odzyskania '
        'utraconych klientów (utraceni klienci × koszt pozyskania) pokazano jedynie dla kontekstu; nie '
        'wchodzi do NPV, które już uwzględnia utraconą marżę.'
    ),
    'method.convention_8_title': 'Próg opłacalności',
    'method.convention_8': (
        'Zmiana rocznego wskaźnika odejść w punktach procentowych, przy której NPV scenariusza wynosi '
        'zero. Cięcie opłaca się tylko wtedy, gdy odejścia wzrosną o mniej.'
    ),
    'method.convention_9_title': 'Wartość klienta w czasie życia',
    'method.convention_9': (
        'CLV = m × R / (1 + i − R), gdzie m = roczny przychód na klienta × marża brutto, R = 1 − roczny '
        'wskaźnik odejść, i = stopa dyskontowa (marża na koniec każdego okresu).'
    ),
    'method.convention_10_title': 'Koszt złej obsługi',
    'method.convention_10': (
        'Klienci traceni rocznie przez złą obsługę = klienci × roczny wskaźnik odejść × udział odejść z '
        'powodu złej obsługi; wraz z ich rocznym przychodem i marżą w czasie życia (× CLV).'
    ),
    'method.convention_11_title': 'Analiza ryzyka',
    'method.convention_11': (
        'Wykres tornado: NPV każdego scenariusza, gdy jedna niepewna dana przyjmuje wartość niską lub '
        'wysoką (podany zakres, a bez niego ±20 %), uporządkowane według rozpiętości. Monte Carlo: '
        'rozkłady trójkątne zmiany odejść (niska, punktowa, wysoka) i każdej danej z zakresem; z '
        'ustalonym ziarnem, powtarzalne; P10, P50 i P90 NPV oraz prawdopodobieństwo NPV > 0.'
    ),
    'method.source_1': (
        'Forrester Total Economic Impact (TEI): korzyści, koszty, elastyczność, ryzyko. Korzyści '
        'korygowane o ryzyko w dół (× (1 − ryzyko)), koszty w górę (× (1 + ryzyko)); koszty początkowe w '
        'chwili 0 niedyskontowane; lata 1..3 dyskontowane, zwykle stopą 10 % (firmy stosują 8–16 %); NPV '
        '= PV(korzyści) − PV(kosztów); ROI = NPV / PV(kosztów); zwrot, gdy skumulowana korzyść netto '
        'staje się dodatnia.'
    ),
    'method.source_2': (
        'Gupta &amp; Lehmann, „Customers as Assets”, <i>Journal of Interactive Marketing</i> 17(1), '
        '2003: CLV = m × r / (1 + i − r) dla stałej marży m, retencji r i stopy dyskontowej i (marża na '
        'koniec każdego okresu).'
    ),
    'method.source_3': (
        'Genesys, „The Cost of Poor Customer Service” (listopad 2009, 16 krajów, 8880 konsumentów, co '
        'najmniej 500 w każdym kraju; badanie Greenfield Online, analiza Datamonitor/Ovum): 338,5 mld '
        'USD rocznie traconych na świecie przez złą obsługę; 63 % tej kwoty trafiło do konkurencji, 37 % '
        'zostało porzucone; 243 USD to średnia roczna wartość utraconej relacji. Metoda według '
        'publikacji: utracone relacje × ich średnia roczna wartość.'
    ),
    'method.source_4': (
        'Polska, to samo badanie (relacje polskiej prasy, np. wirtualnemedia.pl): 8,8 mld EUR rocznie; '
        '537 polskich konsumentów; 73 % zrezygnowało z usług firmy z powodu złej obsługi; 145 EUR '
        'średniej wartości utraconego klienta.'
    ),
    'method.source_5': (
        'Jakość obsługi a odejścia (badania centrów kontaktu SQM Group): zamiar odejścia ok. 5 % po '
        'rozwiązaniu sprawy przy pierwszym kontakcie, 9 % po dwóch lub więcej kontaktach, 25 % przy '
        'sprawie nierozwiązanej. Nie opublikowano ogólnej elastyczności odejść względem wydatków na '
        'obsługę: dlatego każdy efekt w tym raporcie to dana konsultanta z wartością niską i wysoką, a '
        'nie wbudowana stała.'
    ),
    'method.disclaimer': (
        'Liczby w tym raporcie są szacunkami opartymi na danych klienta i założeniach wymienionych w '
        'części „Przyjęte założenia”. Nie stanowią prognozy ani gwarancji przyszłych wyników. Reakcja '
        'klientów na zmianę obsługi to szacunek konsultanta, podany – tam, gdzie to możliwe – z '
        'wartością niską i wysoką; analiza ryzyka pokazuje, jak bardzo zmieniają się wyniki, gdy jest '
        'inna. Przed podjęciem decyzji na podstawie tych liczb warto sprawdzić dane wejściowe.'
    ),
}
