import sys

from datesleuth.cli import main

sys.exit(main())
