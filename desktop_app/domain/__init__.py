"""Dataclasses, enums, validation and typed errors. No Qt, no I/O."""
