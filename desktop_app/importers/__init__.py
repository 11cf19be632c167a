"""Logger files and spreadsheets → domain objects plus an import report. No Qt, no SQL."""
