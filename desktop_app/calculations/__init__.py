"""Pure calculations: inputs → result objects with a trace of what decided them. No Qt, no I/O."""
