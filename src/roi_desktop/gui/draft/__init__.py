"""The draft being edited: undo history and the Edit menu, paths into the draft, keeping lines and the
tracked plan consistent, and the live calculation (coalesced, off the GUI thread for big projects)."""
