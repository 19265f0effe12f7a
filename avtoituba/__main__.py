import sys

from avtoituba.cli import main

sys.exit(main())
