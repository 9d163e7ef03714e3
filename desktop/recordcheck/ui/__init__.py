"""Qt Widgets user interface. The only package (with ``app``) that imports QtWidgets."""
