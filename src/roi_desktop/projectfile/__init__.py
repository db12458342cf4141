"""The ``.roi`` project file: UTF-8 JSON, documented in docs/FILE-FORMAT.md."""

from .migrate import CURRENT_SCHEMA_VERSION
from .reader import MAX_FILE_BYTES, ProjectFileError, load_project, parse_project, project_from_dict
from .writer import dumps_project, project_to_dict, save_project

__all__ = [
    "CURRENT_SCHEMA_VERSION", "MAX_FILE_BYTES", "ProjectFileError", "dumps_project", "load_project",
    "parse_project", "project_from_dict", "project_to_dict", "save_project",
]
