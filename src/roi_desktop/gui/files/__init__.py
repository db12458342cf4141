"""Files in and out: open, save and recover projects, import client data and benchmarks, export
(PDF, workbook, deck, leave-behind), settings, and the one place that opens modal dialogs."""
