"""The case file (.jnzd). The only package that imports sqlite3 / sqlite_utils."""
