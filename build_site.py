#!/usr/bin/env python3
"""Build the archive: `python build_site.py [build|ingest|serve|evaluate|add] --help`."""
import sys

from despatch.cli import main

if __name__ == "__main__":
    sys.exit(main())
