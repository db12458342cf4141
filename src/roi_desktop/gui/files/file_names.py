"""File names the app suggests in its save dialogs."""

from __future__ import annotations


def suggested_file_name(name: str, suffix: str, fallback: str) -> str:
    """A file name from the client's name: characters no file system takes are dropped and trailing dots
    and spaces go, so "Nord S.A." gives "Nord S.A.roi", never "Nord S.A..roi".

    >>> suggested_file_name("Nord S.A.", "roi", "project"), suggested_file_name(' a/b:c? ', "pdf", "report")
    ('Nord S.A.roi', 'a b c.pdf')
    >>> suggested_file_name("...", "roi", "project")
    'project.roi'
    """
    import re
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", name)
    cleaned = re.sub(r"\s+", " ", cleaned).strip().rstrip(". ")
    return f"{cleaned or fallback}.{suffix}"
