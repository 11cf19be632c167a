"""Generated from ``forms/*.ui`` by ``packaging/build_forms.py``. Do not edit the ``ui_*.py`` modules."""
