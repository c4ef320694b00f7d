"""Reading import files (CSV, XLSX) and checking every row before anything is written.

The formats are described in ``docs/import.md``;
:func:`chitieu.tracking.actions.imports.do_import_file` is the action that uses this package.
"""
