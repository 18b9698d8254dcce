"""``python -m newsdigest``: the same command line as ``build.py``."""

import sys

from .cli import main

sys.exit(main(sys.argv[1:]))
