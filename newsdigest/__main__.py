"""``python -m newsdigest``: the same command line as ``build.py``."""

import sys

from .cli import run

run(sys.argv[1:])
