"""Report builders: PDF (reportlab) and XLSX (openpyxl) from plain dataclasses. German output."""
