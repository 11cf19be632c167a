"""Use cases: (case, args) → what changed. Transaction boundaries live here. No Qt."""
