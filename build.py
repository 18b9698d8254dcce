#!/usr/bin/env python3
"""Build the newsdigest site: ``python build.py`` (see ``python build.py --help``)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsdigest.cli import run

if __name__ == "__main__":
    run(sys.argv[1:], root=Path(__file__).resolve().parent)
