<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Details are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkDialog</name>
    <message>
        <source>Industry benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer values for filled fields too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client&apos;s figures as my benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My benchmark&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its source (study, client, year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new project from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only: not a client field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only: in %1, the project is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only: outside the field&apos;s valid range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>+%1 more (see the cards)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientData</name>
    <message>
        <source>Import client data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project from a benchmark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of this project&apos;s PDF report and Excel workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact centre queue (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these figures every scenario shows how many agents its budget pays for and how long callers wait (Erlang C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact centre figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact centre figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roi-desktop was not closed properly. Restore the unsaved work from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the changes made in the meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PowerPoint template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery copy is damaged and was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct these fields first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-page leave-behind (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck template: %1 (File ▸ Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PowerPoint template cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another one in File ▸ Settings, or clear it to use the built-in template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name, shown in the title and the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s industry (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers the client has today, at the start of the analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average revenue one customer brings in a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin on that revenue, in per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of customers who leave in a year, in per cent (18 means 18 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers won each year; the same in every scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to win a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it costs to win one new customer (marketing and sales).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service spend / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client spends on customer service in a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn caused by service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the churn caused by poor service, in per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from; printed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years the analysis covers (1 to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly rate used to discount future money (TEI studies use about 10 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter currency code, such as PLN or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo trials for the report&apos;s risk analysis (100 to 1 000 000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the simulation repeatable: the same seed gives the same figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cut of service or an investment in it (wording only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of service spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative change of the recurring service spend: -20 cuts it by 20 %, 10 raises it by 10 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off cost (Year 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial cost: training, software, project work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra cost / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recurring cost each year: licences, staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the yearly churn in percentage points: 2 means 18 % becomes 20 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn change, low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest plausible churn change, for the risk analysis (empty: the point value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn change, high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest plausible churn change, for the risk analysis (empty: the point value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative change of revenue per customer (upsell), in per cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months until the churn and revenue effects reach full strength; costs change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEI risk adjustment: benefits are reduced by this share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEI risk adjustment: costs are raised by this share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in that year, a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional risk for this line; replaces the scenario&apos;s benefit or cost risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin from customers and revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service spend change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra recurring cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits (risk-adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs (risk-adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present value of net flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number greater than %1 and at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to less than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls (or chats) handled by agents per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average handle time per contact in seconds: talk plus after-call work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hours a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a year the lines are open, e.g. 12 h x 300 days = 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of an agent a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully loaded yearly cost of one agent (FTE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of spend on agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the annual service spend that pays agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours of an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid hours a year of one FTE, e.g. 1800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of paid hours not on the phones: breaks, training, absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer target (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service-level threshold: answered within this many seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share to answer within the target, for the agents needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in contacts a year (self-service or first-contact resolution lower it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle time change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in average handle time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn per minute of wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your assumption: percentage points of yearly churn per minute of change in the average wait. Set, it replaces the churn change (leave the churn change empty).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Back to editing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisation of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client&apos;s actuals in the Tracking tab first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>keep the meeting&apos;s what-ifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add line to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove line from &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No history imported yet: File &gt; Import client data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, months %2 to %3, imported %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly churn, % of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import client data — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal mark “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers in row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be applied until the problems marked ✖ are corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months used: %1 to %2 (%3 months); the starting count is from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn range (low … high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart appears when the history can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly churn, % of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import client data from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import client data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry &amp;benchmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Excel workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up meeting (realisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>Reset assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut of the service budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra churn after the cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment (one-off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn change from the investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years 1–%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative net cash flow against today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The churn change must lie between its low and high values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as PLN or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another line has this name already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are counted in whole numbers. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1 %? Percent is typed as 14 for 14 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Scenario “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>%1 agents · %2 within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>churn from the wait: %1 pp/min (your assumption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the contact centre queue (left) to see what each budget means for callers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within %1 s (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in service budget (%); grey band: the queue never clears</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>NPV (risk-adjusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting mode (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date — fix the marked field(s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative cash flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value: %1 · Lost to poor service each year: %2 customers, %3 revenue, %4 lifetime margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative net cash flow against the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a scenario to see its cash flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at the start of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investing %1 up front in “%2” (%6 of costs over %5 years, present value) returns %3 (ROI %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” costs %6 over %5 years (present value) and returns %3 (ROI %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cut and an investment to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%6”: no change to the service budget, %4 over %5 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cutting service by %1 (“%6”) saves %2 a year but loses %3 customers: %4 over %5 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <source>Risk analysis runs when this tab is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating the risk analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: NPV P10 %2 · P50 %3 · P90 %4 · chance NPV &gt; 0: %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What moves the NPV most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated NPV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s name, as the report shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your rationale and sources for the assumptions; printed in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom benefit and cost lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1 (outside the horizon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for when the horizon grows again; not in the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount for this year yet (counts as 0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &apos;%1&apos;. Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image printed on the report&apos;s cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and phone, printed on the two-page leave-behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your firm&apos;s PowerPoint template (.pptx or .potx) for the deck; empty: the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the horizon (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: customers missing (a gap); every month up to the last one entered needs its customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import actuals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs the spreadsheet importer, which is not part of this build. Paste the actuals instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short PDF of the realisation, in the report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actuals by month (paste from a spreadsheet with Ctrl+V):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tracked plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the scenario agreed with the client first: it is the plan the actuals are compared with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realisation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no months found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tracking yet. After the deal, choose the plan agreed with the client and the month it started, then type or paste the client&apos;s customers at each month end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan against the actuals appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (no change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at month end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
