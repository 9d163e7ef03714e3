"""Runtime hook (frozen app only): point Qt at its bundled files *when Qt is first imported*.

Why: PyInstaller's own PySide6 runtime hook imports ``PySide6.QtCore`` at start-up to register
an embedded ``qt.conf`` (so Qt finds its plugins and translations inside the bundle). That
loads Qt and ICU — about 0.3 s — before every command, even ``recordcheck --version`` or
``recordcheck assess``, which never touch Qt. The spec drops that hook and uses this one, which
does the same work lazily: cheap environment variables now, the ``qt.conf`` registration right
after ``PySide6.QtCore`` is imported. The self-test's translations and window checks prove Qt
still finds its files.
"""

import importlib.abc
import importlib.util
import os
import sys
from pathlib import Path


def _install() -> None:
    qt_root = str(Path(sys._MEIPASS, "PySide6", *([] if sys.platform == "win32" else ["Qt"])))
    os.environ["QT_PLUGIN_PATH"] = str(Path(qt_root, "plugins"))
    if sys.platform == "win32":  # as PyInstaller's hook: let Qt find DLLs collected beside it
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")

    class QtCoreFinder(importlib.abc.MetaPathFinder):
        """Wraps the loader of PySide6.QtCore so qt.conf is registered right after it loads."""

        def find_spec(self, fullname, path, target=None):
            if fullname != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)  # one-shot; also keeps the lookup below from recursing
            spec = importlib.util.find_spec(fullname)
            if spec is None or spec.loader is None:
                return spec
            original = spec.loader.exec_module

            def exec_module(module):
                original(module)
                from _pyi_rth_utils import qt as qt_rth_utils

                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_root)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, QtCoreFinder())


_install()
del _install
