"""Plumbing: the one background-work helper and the guard for a faulty Qt build."""
