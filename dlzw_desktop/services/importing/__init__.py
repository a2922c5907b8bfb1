"""Importing the agency's existing Excel/CSV lists: safe reading, column mapping, typed conversion.

Flow (the database import is wired by the services that use this package)::

    result = read_in_sandbox(path, progress=...)              # reader: hostile files rejected
    mapping = suggest_mapping(ImportKind.PERSONS, result.header_texts)  # mapping
    preview = convert_rows(result, mapping)                     # convert: typed rows + problems
    write_problem_report(preview, report_path)                  # problems_xlsx
"""
