<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>App</name>
    <message>
        <source>Details are in %1.</source>
        <translation>Szczegóły w pliku %1.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <source>Industry benchmarks</source>
        <translation>Benchmarki branżowe</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Branża:</translation>
    </message>
    <message>
        <source>Offer values for filled fields too</source>
        <translation>Proponuj wartości także dla wypełnionych pól</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Weź</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Describes</source>
        <translation>Czego dotyczy</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Save the client&apos;s figures as my benchmark</source>
        <translation>Zapisz dane klienta jako mój benchmark</translation>
    </message>
    <message>
        <source>My benchmark&apos;s name:</source>
        <translation>Nazwa mojego benchmarku:</translation>
    </message>
    <message>
        <source>Its source (study, client, year):</source>
        <translation>Jego źródło (badanie, klient, rok):</translation>
    </message>
    <message>
        <source>Apply to this project</source>
        <translation>Zastosuj w tym projekcie</translation>
    </message>
    <message>
        <source>Start a new project from it</source>
        <translation>Nowy projekt na jego podstawie</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation> (mój)</translation>
    </message>
    <message>
        <source>Shown only: not a client field</source>
        <translation>Tylko informacyjnie: to nie jest pole klienta</translation>
    </message>
    <message>
        <source>Shown only: in %1, the project is in %2</source>
        <translation>Tylko informacyjnie: w %1, a projekt jest w %2</translation>
    </message>
    <message>
        <source>Shown only: outside the field&apos;s valid range</source>
        <translation>Tylko informacyjnie: poza dozwolonym zakresem pola</translation>
    </message>
    <message>
        <source>Benchmark: %1</source>
        <translation>Benchmark: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nie zapisano: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Zapisano w %1</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>+%1 more (see the cards)</source>
        <translation>+%1 więcej (zob. karty)</translation>
    </message>
</context>
<context>
    <name>ClientData</name>
    <message>
        <source>Import client data</source>
        <translation>Import danych klienta</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabele</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>New project from a benchmark</source>
        <translation>Nowy projekt z benchmarku</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Language of this project&apos;s PDF report and Excel workbook.</source>
        <translation>Język raportu PDF i skoroszytu Excel tego projektu.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Tytuł raportu</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Contact centre queue (optional)</source>
        <translation>Kolejka w contact center (opcjonalnie)</translation>
    </message>
    <message>
        <source>With these figures every scenario shows how many agents its budget pays for and how long callers wait (Erlang C).</source>
        <translation>Z tymi danymi każdy scenariusz pokazuje, ilu konsultantów opłaca jego budżet i jak długo czekają dzwoniący (Erlang C).</translation>
    </message>
    <message>
        <source>Contact centre figures</source>
        <translation>Dane contact center</translation>
    </message>
    <message>
        <source>No contact centre figures</source>
        <translation>Bez danych contact center</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Zapisać zmiany w %1 przed zamknięciem?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Zapisz projekt</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Obrazy</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>Przywrócić niezapisaną pracę?</translation>
    </message>
    <message>
        <source>roi-desktop was not closed properly. Restore the unsaved work from %1?</source>
        <translation>roi-desktop nie został poprawnie zamknięty. Przywrócić niezapisaną pracę z %1?</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Tryb spotkania</translation>
    </message>
    <message>
        <source>Keep the changes made in the meeting?</source>
        <translation>Zachować zmiany wprowadzone na spotkaniu?</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Could not write the file</source>
        <translation>Nie udało się zapisać pliku</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Choose a PowerPoint template</source>
        <translation>Wybierz szablon PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint</source>
        <translation>PowerPoint</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Could not open the project</source>
        <translation>Nie udało się otworzyć projektu</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Bez nazwy</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Nie udało się przywrócić</translation>
    </message>
    <message>
        <source>The recovery copy is damaged and was removed.</source>
        <translation>Kopia awaryjna jest uszkodzona i została usunięta.</translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation>Nie można otworzyć %1:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Nie można jeszcze zapisać</translation>
    </message>
    <message>
        <source>Correct these fields first:</source>
        <translation>Najpierw popraw te pola:</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ponów: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation>S&amp;cenariusz</translation>
    </message>
    <message>
        <source>Add &amp;cut</source>
        <translation>Dodaj &amp;cięcie</translation>
    </message>
    <message>
        <source>Add &amp;investment</source>
        <translation>Dodaj &amp;inwestycję</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikuj</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Zmień &amp;nazwę</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>Raport PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Skoroszyt Excel</translation>
    </message>
    <message>
        <source>PowerPoint deck</source>
        <translation>Prezentacja PowerPoint</translation>
    </message>
    <message>
        <source>Two-page leave-behind (PDF)</source>
        <translation>Dwustronicowe podsumowanie (PDF)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>Write these files:</source>
        <translation>Zapisz te pliki:</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>wbudowany</translation>
    </message>
    <message>
        <source>Deck template: %1 (File ▸ Settings)</source>
        <translation>Szablon prezentacji: %1 (Plik ▸ Ustawienia)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot export yet</source>
        <translation>Nie można jeszcze eksportować</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Najpierw popraw zaznaczone pola.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport nie powiódł się</translation>
    </message>
    <message>
        <source>The PowerPoint template cannot be used</source>
        <translation>Nie można użyć szablonu PowerPoint</translation>
    </message>
    <message>
        <source>Choose another one in File ▸ Settings, or clear it to use the built-in template.</source>
        <translation>Wybierz inny w menu Plik ▸ Ustawienia albo usuń go, aby użyć szablonu wbudowanego.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>The client&apos;s name, shown in the title and the report.</source>
        <translation>Nazwa klienta, widoczna w tytule i w raporcie.</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>The client&apos;s industry (optional).</source>
        <translation>Branża klienta (opcjonalnie).</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktywni klienci</translation>
    </message>
    <message>
        <source>Customers the client has today, at the start of the analysis.</source>
        <translation>Liczba klientów dziś, na początku analizy.</translation>
    </message>
    <message>
        <source>Revenue per customer / year</source>
        <translation>Przychód na klienta / rok</translation>
    </message>
    <message>
        <source>Average revenue one customer brings in a year.</source>
        <translation>Średni roczny przychód z jednego klienta.</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Marża brutto</translation>
    </message>
    <message>
        <source>Gross margin on that revenue, in per cent.</source>
        <translation>Marża brutto na tym przychodzie, w procentach.</translation>
    </message>
    <message>
        <source>Churn per year</source>
        <translation>Odejścia klientów / rok</translation>
    </message>
    <message>
        <source>Share of customers who leave in a year, in per cent (18 means 18 %).</source>
        <translation>Odsetek klientów odchodzących w ciągu roku, w procentach (18 oznacza 18 %).</translation>
    </message>
    <message>
        <source>New customers / year</source>
        <translation>Nowi klienci / rok</translation>
    </message>
    <message>
        <source>Customers won each year; the same in every scenario.</source>
        <translation>Klienci pozyskiwani co roku; tyle samo w każdym scenariuszu.</translation>
    </message>
    <message>
        <source>Cost to win a customer</source>
        <translation>Koszt pozyskania klienta</translation>
    </message>
    <message>
        <source>What it costs to win one new customer (marketing and sales).</source>
        <translation>Koszt pozyskania jednego nowego klienta (marketing i sprzedaż).</translation>
    </message>
    <message>
        <source>Service spend / year</source>
        <translation>Budżet obsługi / rok</translation>
    </message>
    <message>
        <source>What the client spends on customer service in a year.</source>
        <translation>Roczne wydatki klienta na obsługę klienta.</translation>
    </message>
    <message>
        <source>Churn caused by service</source>
        <translation>Odejścia z powodu obsługi</translation>
    </message>
    <message>
        <source>Share of the churn caused by poor service, in per cent.</source>
        <translation>Część odejść spowodowana złą obsługą, w procentach.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Where the figures come from; printed in the report.</source>
        <translation>Skąd pochodzą liczby; drukowane w raporcie.</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horyzont</translation>
    </message>
    <message>
        <source>Years the analysis covers (1 to 10).</source>
        <translation>Liczba lat analizy (od 1 do 10).</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>Stopa dyskontowa</translation>
    </message>
    <message>
        <source>Yearly rate used to discount future money (TEI studies use about 10 %).</source>
        <translation>Roczna stopa dyskontowania przyszłych kwot (badania TEI przyjmują ok. 10 %).</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Three-letter currency code, such as PLN or EUR.</source>
        <translation>Trzyliterowy kod waluty, np. PLN lub EUR.</translation>
    </message>
    <message>
        <source>Simulation trials</source>
        <translation>Liczba symulacji</translation>
    </message>
    <message>
        <source>Monte Carlo trials for the report&apos;s risk analysis (100 to 1 000 000).</source>
        <translation>Liczba losowań Monte Carlo w analizie ryzyka raportu (od 100 do 1 000 000).</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Ziarno losowania</translation>
    </message>
    <message>
        <source>Makes the simulation repeatable: the same seed gives the same figures.</source>
        <translation>Zapewnia powtarzalność symulacji: to samo ziarno daje te same wyniki.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>A cut of service or an investment in it (wording only).</source>
        <translation>Cięcie obsługi lub inwestycja w nią (wpływa tylko na opisy).</translation>
    </message>
    <message>
        <source>Change of service spend</source>
        <translation>Zmiana budżetu obsługi</translation>
    </message>
    <message>
        <source>Relative change of the recurring service spend: -20 cuts it by 20 %, 10 raises it by 10 %.</source>
        <translation>Względna zmiana stałego budżetu obsługi: -20 obcina go o 20 %, 10 podnosi o 10 %.</translation>
    </message>
    <message>
        <source>One-off cost (Year 0)</source>
        <translation>Koszt jednorazowy (rok 0)</translation>
    </message>
    <message>
        <source>Initial cost: training, software, project work.</source>
        <translation>Koszt początkowy: szkolenia, oprogramowanie, prace projektowe.</translation>
    </message>
    <message>
        <source>Extra cost / year</source>
        <translation>Dodatkowy koszt / rok</translation>
    </message>
    <message>
        <source>New recurring cost each year: licences, staff.</source>
        <translation>Nowy koszt stały co roku: licencje, etaty.</translation>
    </message>
    <message>
        <source>Churn change</source>
        <translation>Zmiana odejść</translation>
    </message>
    <message>
        <source>Change of the yearly churn in percentage points: 2 means 18 % becomes 20 %.</source>
        <translation>Zmiana rocznego wskaźnika odejść w punktach procentowych: 2 oznacza, że 18 % staje się 20 %.</translation>
    </message>
    <message>
        <source>Churn change, low</source>
        <translation>Zmiana odejść, minimum</translation>
    </message>
    <message>
        <source>Lowest plausible churn change, for the risk analysis (empty: the point value).</source>
        <translation>Najniższa wiarygodna zmiana odejść, do analizy ryzyka (puste: wartość punktowa).</translation>
    </message>
    <message>
        <source>Churn change, high</source>
        <translation>Zmiana odejść, maksimum</translation>
    </message>
    <message>
        <source>Highest plausible churn change, for the risk analysis (empty: the point value).</source>
        <translation>Najwyższa wiarygodna zmiana odejść, do analizy ryzyka (puste: wartość punktowa).</translation>
    </message>
    <message>
        <source>Revenue per customer change</source>
        <translation>Zmiana przychodu na klienta</translation>
    </message>
    <message>
        <source>Relative change of revenue per customer (upsell), in per cent.</source>
        <translation>Względna zmiana przychodu na klienta (sprzedaż dodatkowa), w procentach.</translation>
    </message>
    <message>
        <source>Ramp-up</source>
        <translation>Czas dojścia do pełnego efektu</translation>
    </message>
    <message>
        <source>Months until the churn and revenue effects reach full strength; costs change at once.</source>
        <translation>Miesiące do pełnego efektu na odejścia i przychód; koszty zmieniają się od razu.</translation>
    </message>
    <message>
        <source>Benefit risk</source>
        <translation>Ryzyko korzyści</translation>
    </message>
    <message>
        <source>TEI risk adjustment: benefits are reduced by this share.</source>
        <translation>Korekta ryzyka TEI: korzyści zmniejsza się o ten odsetek.</translation>
    </message>
    <message>
        <source>Cost risk</source>
        <translation>Ryzyko kosztów</translation>
    </message>
    <message>
        <source>TEI risk adjustment: costs are raised by this share.</source>
        <translation>Korekta ryzyka TEI: koszty zwiększa się o ten odsetek.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Amount in that year, a positive number.</source>
        <translation>Kwota w danym roku, liczba dodatnia.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Optional risk for this line; replaces the scenario&apos;s benefit or cost risk.</source>
        <translation>Opcjonalne ryzyko tej pozycji; zastępuje ryzyko korzyści lub kosztów scenariusza.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychody</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanse</translation>
    </message>
    <message>
        <source>Risk analysis</source>
        <translation>Analiza ryzyka</translation>
    </message>
    <message>
        <source>Margin from customers and revenue</source>
        <translation>Marża z klientów i przychodu</translation>
    </message>
    <message>
        <source>Service spend change</source>
        <translation>Zmiana budżetu obsługi</translation>
    </message>
    <message>
        <source>Extra recurring cost</source>
        <translation>Dodatkowy koszt stały</translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation>Koszt jednorazowy</translation>
    </message>
    <message>
        <source>Benefits (risk-adjusted)</source>
        <translation>Korzyści (po korekcie ryzyka)</translation>
    </message>
    <message>
        <source>Costs (risk-adjusted)</source>
        <translation>Koszty (po korekcie ryzyka)</translation>
    </message>
    <message>
        <source>Net flow</source>
        <translation>Przepływ netto</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>Współczynnik dyskonta</translation>
    </message>
    <message>
        <source>Present value of net flow</source>
        <translation>Wartość bieżąca przepływu netto</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mies.</translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Wpisz liczbę całkowitą od %1 do %2.</translation>
    </message>
    <message>
        <source>Enter a number greater than %1 and at most %2.</source>
        <translation>Wpisz liczbę większą niż %1 i najwyżej %2.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to less than %2.</source>
        <translation>Wpisz liczbę od %1 do mniej niż %2.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Wpisz liczbę od %1 do %2.</translation>
    </message>
    <message>
        <source>Contacts a year</source>
        <translation>Kontakty rocznie</translation>
    </message>
    <message>
        <source>Calls (or chats) handled by agents per year.</source>
        <translation>Połączenia (lub czaty) obsłużone przez konsultantów w ciągu roku.</translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation>Czas obsługi (s)</translation>
    </message>
    <message>
        <source>Average handle time per contact in seconds: talk plus after-call work.</source>
        <translation>Średni czas obsługi kontaktu w sekundach: rozmowa i praca po rozmowie.</translation>
    </message>
    <message>
        <source>Open hours a year</source>
        <translation>Godziny otwarcia rocznie</translation>
    </message>
    <message>
        <source>Hours a year the lines are open, e.g. 12 h x 300 days = 3600.</source>
        <translation>Godziny w roku, w których linie są otwarte, np. 12 h x 300 dni = 3600.</translation>
    </message>
    <message>
        <source>Cost of an agent a year</source>
        <translation>Roczny koszt konsultanta</translation>
    </message>
    <message>
        <source>Fully loaded yearly cost of one agent (FTE).</source>
        <translation>Pełny roczny koszt jednego konsultanta (etat).</translation>
    </message>
    <message>
        <source>Share of spend on agents</source>
        <translation>Udział konsultantów w budżecie</translation>
    </message>
    <message>
        <source>Share of the annual service spend that pays agents.</source>
        <translation>Część rocznego budżetu obsługi, która opłaca konsultantów.</translation>
    </message>
    <message>
        <source>Paid hours of an agent</source>
        <translation>Płatne godziny konsultanta</translation>
    </message>
    <message>
        <source>Paid hours a year of one FTE, e.g. 1800.</source>
        <translation>Płatne godziny jednego etatu w roku, np. 1800.</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Czas poza linią</translation>
    </message>
    <message>
        <source>Share of paid hours not on the phones: breaks, training, absence.</source>
        <translation>Część płatnych godzin poza telefonem: przerwy, szkolenia, nieobecności.</translation>
    </message>
    <message>
        <source>Answer target (s)</source>
        <translation>Cel odebrania (s)</translation>
    </message>
    <message>
        <source>The service-level threshold: answered within this many seconds.</source>
        <translation>Próg poziomu obsługi: odebrane w ciągu tylu sekund.</translation>
    </message>
    <message>
        <source>Target service level</source>
        <translation>Docelowy poziom obsługi</translation>
    </message>
    <message>
        <source>Share to answer within the target, for the agents needed.</source>
        <translation>Odsetek połączeń do odebrania w celu czasowym; z niego wynika potrzebna obsada.</translation>
    </message>
    <message>
        <source>Contacts change</source>
        <translation>Zmiana liczby kontaktów</translation>
    </message>
    <message>
        <source>Change in contacts a year (self-service or first-contact resolution lower it).</source>
        <translation>Zmiana liczby kontaktów w roku (samoobsługa lub rozwiązanie przy pierwszym kontakcie ją obniżają).</translation>
    </message>
    <message>
        <source>Handle time change</source>
        <translation>Zmiana czasu obsługi</translation>
    </message>
    <message>
        <source>Change in average handle time.</source>
        <translation>Zmiana średniego czasu obsługi.</translation>
    </message>
    <message>
        <source>Churn per minute of wait</source>
        <translation>Odejścia na minutę oczekiwania</translation>
    </message>
    <message>
        <source>Your assumption: percentage points of yearly churn per minute of change in the average wait. Set, it replaces the churn change (leave the churn change empty).</source>
        <translation>Twoje założenie: punkty procentowe rocznych odejść na minutę zmiany średniego czasu oczekiwania. Podane zastępuje zmianę odejść (zostaw zmianę odejść pustą).</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Back to editing (Esc)</source>
        <translation>Powrót do edycji (Esc)</translation>
    </message>
    <message>
        <source>Realisation of the plan</source>
        <translation>Realizacja planu</translation>
    </message>
    <message>
        <source>Baseline (no change)</source>
        <translation>Stan obecny (bez zmian)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation>Aktualizacja prognozy</translation>
    </message>
    <message>
        <source>Customers at month end</source>
        <translation>Klienci na koniec miesiąca</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Spotkanie kontrolne</translation>
    </message>
    <message>
        <source>Enter the client&apos;s actuals in the Tracking tab first.</source>
        <translation>Najpierw wpisz dane rzeczywiste klienta na karcie Realizacja.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>keep the meeting&apos;s what-ifs</source>
        <translation>zachowanie zmian ze spotkania</translation>
    </message>
    <message>
        <source>change</source>
        <translation>zmiana</translation>
    </message>
    <message>
        <source>add scenario</source>
        <translation>dodanie scenariusza</translation>
    </message>
    <message>
        <source>duplicate &apos;%1&apos;</source>
        <translation>duplikowanie „%1”</translation>
    </message>
    <message>
        <source>delete &apos;%1&apos;</source>
        <translation>usunięcie „%1”</translation>
    </message>
    <message>
        <source>move &apos;%1&apos;</source>
        <translation>przesunięcie „%1”</translation>
    </message>
    <message>
        <source>add line to &apos;%1&apos;</source>
        <translation>dodanie pozycji do „%1”</translation>
    </message>
    <message>
        <source>remove line from &apos;%1&apos;</source>
        <translation>usunięcie pozycji z „%1”</translation>
    </message>
    <message>
        <source>rename &apos;%1&apos;</source>
        <translation>zmiana nazwy „%1”</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>zmiana: %1</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No history imported yet: File &gt; Import client data…</source>
        <translation>Nie zaimportowano jeszcze historii: Plik &gt; Importuj dane klienta…</translation>
    </message>
    <message>
        <source>No history imported</source>
        <translation>Brak zaimportowanej historii</translation>
    </message>
    <message>
        <source>From %1, months %2 to %3, imported %4.</source>
        <translation>Z pliku %1, miesiące od %2 do %3, import %4.</translation>
    </message>
    <message>
        <source>Customers at month end</source>
        <translation>Klienci na koniec miesiąca</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Monthly churn, % of customers</source>
        <translation>Miesięczne odejścia, % klientów</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Odejścia</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import client data — %1</source>
        <translation>Import danych klienta — %1</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Arkusz:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcjonalnie)</translation>
    </message>
    <message>
        <source>Changes to the project</source>
        <translation>Zmiany w projekcie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Z importu</translation>
    </message>
    <message>
        <source>Apply to the project</source>
        <translation>Zastosuj w projekcie</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Customers at month end</source>
        <translation>Klienci na koniec miesiąca</translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation>Utraceni klienci</translation>
    </message>
    <message>
        <source>Customers won</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Service spend</source>
        <translation>Koszt obsługi</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>kodowanie %1</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>średnik</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation>separator: %1</translation>
    </message>
    <message>
        <source>decimal mark “%1”</source>
        <translation>znak dziesiętny „%1”</translation>
    </message>
    <message>
        <source>headers in row %1</source>
        <translation>nagłówki w wierszu %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>Nothing can be applied until the problems marked ✖ are corrected.</source>
        <translation>Nic nie zostanie zastosowane, dopóki problemy oznaczone ✖ nie zostaną poprawione.</translation>
    </message>
    <message>
        <source>Months used: %1 to %2 (%3 months); the starting count is from %4.</source>
        <translation>Użyte miesiące: od %1 do %2 (%3 mies.); stan początkowy z %4.</translation>
    </message>
    <message>
        <source>Churn range (low … high)</source>
        <translation>Zakres odejść (niski … wysoki)</translation>
    </message>
    <message>
        <source>The chart appears when the history can be used.</source>
        <translation>Wykres pojawi się, gdy historię da się wykorzystać.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Monthly churn, % of customers</source>
        <translation>Miesięczne odejścia, % klientów</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Odejścia</translation>
    </message>
    <message>
        <source>Import client data from %1</source>
        <translation>Import danych klienta z %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Client history</source>
        <translation>Historia klienta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio &amp;otwierane</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <source>&amp;Import client data…</source>
        <translation>&amp;Importuj dane klienta…</translation>
    </message>
    <message>
        <source>Industry &amp;benchmarks…</source>
        <translation>&amp;Benchmarki branżowe…</translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation>Eksportuj raport &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;Excel workbook…</source>
        <translation>Eksportuj skoroszyt &amp;Excel…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation>Tryb &amp;spotkania</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>jeszcze niezapisany</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Brak ostatnich projektów</translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation>Tryb spotkania</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Najpierw popraw zaznaczone pola.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <source>&amp;Follow-up meeting (realisation)</source>
        <translation>&amp;Spotkanie kontrolne (realizacja)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportuj…</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Reset assumptions</source>
        <translation>Przywróć założenia</translation>
    </message>
    <message>
        <source>Back to editing (Esc)</source>
        <translation>Powrót do edycji (Esc)</translation>
    </message>
    <message>
        <source>Cut of the service budget</source>
        <translation>Cięcie budżetu obsługi</translation>
    </message>
    <message>
        <source>Extra churn after the cut</source>
        <translation>Dodatkowe odejścia po cięciu</translation>
    </message>
    <message>
        <source>Investment (one-off)</source>
        <translation>Inwestycja (jednorazowa)</translation>
    </message>
    <message>
        <source>Churn change from the investment</source>
        <translation>Zmiana odejść dzięki inwestycji</translation>
    </message>
    <message>
        <source>Years 1–%1</source>
        <translation>Lata 1–%1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Rok %1</translation>
    </message>
    <message>
        <source>Cumulative net cash flow against today</source>
        <translation>Skumulowany przepływ netto w porównaniu z obecnym stanem</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Wymagane. %1</translation>
    </message>
    <message>
        <source>Not a number. %1</source>
        <translation>To nie jest liczba. %1</translation>
    </message>
    <message>
        <source>New cut</source>
        <translation>Nowe cięcie</translation>
    </message>
    <message>
        <source>New investment</source>
        <translation>Nowa inwestycja</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Korzyść</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>The churn change must lie between its low and high values.</source>
        <translation>Zmiana odejść musi leżeć między minimum a maksimum.</translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation>Pole nie może być puste.</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as PLN or EUR.</source>
        <translation>Wpisz trzyliterowy kod waluty, np. PLN lub EUR.</translation>
    </message>
    <message>
        <source>Another line has this name already.</source>
        <translation>Inna pozycja ma już tę nazwę.</translation>
    </message>
    <message>
        <source>Customers are counted in whole numbers. %1</source>
        <translation>Klientów liczy się w całych liczbach. %1</translation>
    </message>
    <message>
        <source>Did you mean %1 %? Percent is typed as 14 for 14 %.</source>
        <translation>Czy chodziło o %1 %? Procenty wpisuje się jako 14 dla 14 %.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Scenario “%1”</source>
        <translation>Scenariusz „%1”</translation>
    </message>
    <message>
        <source>line “%1”</source>
        <translation>pozycja „%1”</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Rok %1</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>%1 agents · %2 within %3 s</source>
        <translation>%1 konsultantów · %2 w ciągu %3 s</translation>
    </message>
    <message>
        <source>churn from the wait: %1 pp/min (your assumption)</source>
        <translation>odejścia z oczekiwania: %1 p.p./min (twoje założenie)</translation>
    </message>
    <message>
        <source>Switch on the contact centre queue (left) to see what each budget means for callers.</source>
        <translation>Włącz kolejkę contact center (po lewej), aby zobaczyć, co każdy budżet oznacza dla dzwoniących.</translation>
    </message>
    <message>
        <source>Answered within %1 s (%)</source>
        <translation>Odebrane w ciągu %1 s (%)</translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation>Średni czas oczekiwania (s)</translation>
    </message>
    <message>
        <source>Change in service budget (%); grey band: the queue never clears</source>
        <translation>Zmiana budżetu obsługi (%); szary pas: kolejka nigdy się nie opróżnia</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>NPV (risk-adjusted)</source>
        <translation>NPV (po korekcie ryzyka)</translation>
    </message>
    <message>
        <source>ROI %1</source>
        <translation>ROI %1</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Wyniki</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Przeliczanie…</translation>
    </message>
    <message>
        <source>Meeting mode (F5)</source>
        <translation>Tryb spotkania (F5)</translation>
    </message>
    <message>
        <source>Out of date — fix the marked field(s):</source>
        <translation>Wyniki nieaktualne — popraw zaznaczone pola:</translation>
    </message>
    <message>
        <source>Cumulative cash flow</source>
        <translation>Skumulowany przepływ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Yearly table</source>
        <translation>Tabela roczna</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Customer lifetime value: %1 · Lost to poor service each year: %2 customers, %3 revenue, %4 lifetime margin</source>
        <translation>Wartość klienta (CLV): %1 · Co roku tracone przez złą obsługę: klienci %2, przychód %3, marża w cyklu życia %4</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Rok %1</translation>
    </message>
    <message>
        <source>Cumulative net cash flow against the baseline</source>
        <translation>Skumulowany przepływ netto względem stanu obecnego</translation>
    </message>
    <message>
        <source>Add a scenario to see its cash flow.</source>
        <translation>Dodaj scenariusz, aby zobaczyć jego przepływy.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Stan obecny</translation>
    </message>
    <message>
        <source>Customers at the start of each month</source>
        <translation>Klienci na początku każdego miesiąca</translation>
    </message>
    <message>
        <source>%1 customers lost</source>
        <translation>Utraceni klienci: %1</translation>
    </message>
    <message>
        <source>%1 customers kept</source>
        <translation>Zatrzymani klienci: %1</translation>
    </message>
    <message>
        <source>No change in customers</source>
        <translation>Bez zmiany liczby klientów</translation>
    </message>
    <message>
        <source>Investing %1 up front in “%2” (%6 of costs over %5 years, present value) returns %3 (ROI %4).</source>
        <translation>Zainwestowanie %1 na start w scenariusz „%2” (%6 kosztów w ciągu %5 lat, w wartości bieżącej) daje %3 (ROI %4).</translation>
    </message>
    <message>
        <source>“%2” costs %6 over %5 years (present value) and returns %3 (ROI %4).</source>
        <translation>Scenariusz „%2” kosztuje %6 w ciągu %5 lat (w wartości bieżącej) i daje %3 (ROI %4).</translation>
    </message>
    <message>
        <source>Add a cut and an investment to compare them.</source>
        <translation>Dodaj cięcie i inwestycję, aby je porównać.</translation>
    </message>
    <message>
        <source>“%6”: no change to the service budget, %4 over %5 years.</source>
        <translation>„%6”: bez zmiany budżetu obsługi, %4 w ciągu %5 lat.</translation>
    </message>
    <message>
        <source>Cutting service by %1 (“%6”) saves %2 a year but loses %3 customers: %4 over %5 years.</source>
        <translation>Cięcie obsługi o %1 („%6”) oszczędza %2 rocznie, ale kosztuje utratę %3 klientów: %4 w ciągu %5 lat.</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Risk analysis runs when this tab is open.</source>
        <translation>Analiza ryzyka liczy się, gdy ta karta jest otwarta.</translation>
    </message>
    <message>
        <source>Calculating the risk analysis…</source>
        <translation>Trwa analiza ryzyka…</translation>
    </message>
    <message>
        <source>The risk analysis failed: %1</source>
        <translation>Analiza ryzyka nie powiodła się: %1</translation>
    </message>
    <message>
        <source>“%1”: NPV P10 %2 · P50 %3 · P90 %4 · chance NPV &gt; 0: %5 (%6)</source>
        <translation>„%1”: NPV P10 %2 · P50 %3 · P90 %4 · szansa NPV &gt; 0: %5 (%6)</translation>
    </message>
    <message>
        <source>%1 trials</source>
        <translation>%1 symulacji</translation>
    </message>
    <message>
        <source>What moves the NPV most</source>
        <translation>Co najbardziej zmienia NPV</translation>
    </message>
    <message>
        <source>Simulated NPV</source>
        <translation>Symulowane NPV</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>The scenario&apos;s name, as the report shows it.</source>
        <translation>Nazwa scenariusza, jak w raporcie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cięcie</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Inwestycja</translation>
    </message>
    <message>
        <source>Your rationale and sources for the assumptions; printed in the report.</source>
        <translation>Uzasadnienie i źródła założeń; drukowane w raporcie.</translation>
    </message>
    <message>
        <source>Custom benefit and cost lines</source>
        <translation>Własne pozycje korzyści i kosztów</translation>
    </message>
    <message>
        <source>Add benefit</source>
        <translation>Dodaj korzyść</translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation>Dodaj koszt</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Risk %</source>
        <translation>Ryzyko %</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Rok %1</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Korzyść</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Year %1 (outside the horizon)</source>
        <translation>Rok %1 (poza horyzontem)</translation>
    </message>
    <message>
        <source>Kept for when the horizon grows again; not in the results.</source>
        <translation>Zachowane na wypadek wydłużenia horyzontu; nie wchodzi do wyników.</translation>
    </message>
    <message>
        <source>No amount for this year yet (counts as 0).</source>
        <translation>Brak kwoty dla tego roku (liczy się jako 0).</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenarios</source>
        <translation>Scenariusze</translation>
    </message>
    <message>
        <source>Add cut</source>
        <translation>Dodaj cięcie</translation>
    </message>
    <message>
        <source>Add investment</source>
        <translation>Dodaj inwestycję</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cięcie</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Inwestycja</translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Usunięto „%1”. Edycja &gt; Cofnij (Ctrl+Z) przywraca.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>A PNG or JPEG image printed on the report&apos;s cover.</source>
        <translation>Obraz PNG lub JPEG drukowany na okładce raportu.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Logo for reports</source>
        <translation>Logo w raportach</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Domyślna waluta</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Język raportu</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>E-mail and phone, printed on the two-page leave-behind.</source>
        <translation>E-mail i telefon, drukowane na dwustronicowym podsumowaniu.</translation>
    </message>
    <message>
        <source>Your firm&apos;s PowerPoint template (.pptx or .potx) for the deck; empty: the built-in one.</source>
        <translation>Szablon PowerPoint Twojej firmy (.pptx lub .potx) dla prezentacji; puste: szablon wbudowany.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>PowerPoint template</source>
        <translation>Szablon PowerPoint</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>not a number</source>
        <translation>to nie liczba</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>musi być większe od 0</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>musi wynosić co najmniej 0</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zbyt duża liczba</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Odejścia</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <source>Service spend</source>
        <translation>Koszt obsługi</translation>
    </message>
    <message>
        <source>%1 is outside the horizon (%2 to %3)</source>
        <translation>%1 wykracza poza horyzont analizy (%2 – %3)</translation>
    </message>
    <message>
        <source>%1: customers missing (a gap); every month up to the last one entered needs its customers</source>
        <translation>%1: brak liczby klientów (luka); każdy miesiąc do ostatniego wpisanego musi ją mieć</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Import actuals…</source>
        <translation>Importuj dane…</translation>
    </message>
    <message>
        <source>Importing needs the spreadsheet importer, which is not part of this build. Paste the actuals instead.</source>
        <translation>Import wymaga modułu importu arkuszy, którego nie ma w tej wersji. Wklej dane rzeczywiste.</translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation>Zakończ śledzenie</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Raport (PDF)…</translation>
    </message>
    <message>
        <source>A short PDF of the realisation, in the report language</source>
        <translation>Krótki raport PDF z realizacji, w języku raportu</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Spotkanie kontrolne</translation>
    </message>
    <message>
        <source>Actuals by month (paste from a spreadsheet with Ctrl+V):</source>
        <translation>Dane rzeczywiste miesięcznie (wklej z arkusza przez Ctrl+V):</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Wykonanie</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Odchylenie</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% planu</translation>
    </message>
    <message>
        <source>Change the tracked plan</source>
        <translation>Zmiana śledzonego planu</translation>
    </message>
    <message>
        <source>Paste actuals</source>
        <translation>Wklejenie danych rzeczywistych</translation>
    </message>
    <message>
        <source>Clear actuals</source>
        <translation>Usunięcie danych rzeczywistych</translation>
    </message>
    <message>
        <source>Edit actuals</source>
        <translation>Zmiana danych rzeczywistych</translation>
    </message>
    <message>
        <source>Add the scenario agreed with the client first: it is the plan the actuals are compared with.</source>
        <translation>Najpierw dodaj scenariusz uzgodniony z klientem: to z nim porównywane są dane rzeczywiste.</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…i jeszcze %1</translation>
    </message>
    <message>
        <source>Realisation report</source>
        <translation>Raport z realizacji</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>Import danych rzeczywistych</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.ods)</source>
        <translation>Arkusze (*.xlsx *.xls *.csv *.ods)</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Nie udało się zaimportować %1: %2</translation>
    </message>
    <message>
        <source>no months found</source>
        <translation>nie znaleziono miesięcy</translation>
    </message>
    <message>
        <source>Not tracking yet. After the deal, choose the plan agreed with the client and the month it started, then type or paste the client&apos;s customers at each month end.</source>
        <translation>Śledzenie nie jest jeszcze włączone. Po podpisaniu umowy wybierz plan uzgodniony z klientem i miesiąc jego startu, potem wpisz lub wklej liczbę klientów na koniec każdego miesiąca.</translation>
    </message>
    <message>
        <source>The plan against the actuals appears here.</source>
        <translation>Tu pojawi się plan w porównaniu z wykonaniem.</translation>
    </message>
    <message>
        <source>Baseline (no change)</source>
        <translation>Stan obecny (bez zmian)</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation>Aktualizacja prognozy</translation>
    </message>
    <message>
        <source>Customers at month end</source>
        <translation>Klienci na koniec miesiąca</translation>
    </message>
</context>
</TS>
