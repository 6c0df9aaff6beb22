"""Build a benchmark corpus with despatch: `build_despatch.py CONTENT OUTPUT CACHE TEMPLATES`.

The same as `build_site.py build`, with the templates from a copy that the harness may change.
"""
from __future__ import annotations

import os
import resource
import sys
from pathlib import Path

# The harness runs a snapshot of the project, so that edits made meanwhile do not change the code measured.
sys.path.insert(0, os.environ.get("DESPATCH_PROJECT") or str(Path(__file__).resolve().parent.parent))

from despatch.build import build_site  # noqa: E402
from despatch.config import load_config  # noqa: E402
from despatch.registry import load_registry  # noqa: E402


def main(content: str, output: str, cache: str, templates: str) -> int:
    report = build_site(Path(content), Path(output), load_registry(), load_config(),
                        templates=Path(templates), cache_dir=Path(cache))
    errors = [m for m in report.messages if m.level == "error"]
    own, children = (resource.getrusage(who).ru_maxrss // 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(f"{report.articles} articles, {report.pages} pages, {report.rendered} rendered, {len(errors)} errors; "
          f"peak RSS: build process {own} MB, largest child (renderer or Pagefind) {children} MB")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
