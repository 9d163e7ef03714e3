"""Entry script of the frozen app: PyInstaller needs a file to start from, and this one only
hands over to ``recordcheck.__main__`` so the frozen and the installed command behave alike."""

import sys

from recordcheck.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
