"""The panels of the main window: client, scenarios, results, risk, queue, client history, tracking."""
