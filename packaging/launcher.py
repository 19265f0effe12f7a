"""Entry point of the bundled app (PyInstaller runs this as ``__main__``)."""

import sys

from avtoituba.cli import main

if __name__ == "__main__":
    sys.exit(main())
