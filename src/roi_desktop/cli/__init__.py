"""The command line: ``roi-desktop [PROJECT]``, ``calc``, ``export``, ``--version``."""
