"""Tables in: the client's spreadsheets (CSV or Excel) read into columns of months and numbers with
every problem named by row and column, the client's monthly history turned into model inputs, and the
industry benchmarks library. Loaded only by the features that need it (pandas comes with it).

``read_table(path, sheet=None, mapping=None, columns=HISTORY_COLUMNS)`` is the general reader: pass
your own ``columns`` (``headers.ColumnSpec``) to read any table of months and numbers.
"""

from .headers import HISTORY_COLUMNS, ColumnSpec
from .problems import ImportProblem
from .table import Table, read_table

__all__ = ["HISTORY_COLUMNS", "ColumnSpec", "ImportProblem", "Table", "read_table"]
