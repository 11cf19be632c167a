"""Versioned reference data loaded from ``resources/`` (with provenance)."""
