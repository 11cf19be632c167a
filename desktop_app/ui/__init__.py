"""The only package that imports PySide6 / pyqtgraph."""

import os

# pyqtgraph picks whichever Qt binding it finds first; the app is PySide6 (ARCHITECTURE.md practice 7).
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
