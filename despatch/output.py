"""Write the site beside the old one and swap it in whole, so a killed build never leaves a mix.

The new site is written to a hidden sibling folder (`.public.new-*`), then exchanged with the
live folder in one atomic step (Linux `renameat2(RENAME_EXCHANGE)`); where that call is missing,
two renames are used and the window between them is repaired by the next build.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
from pathlib import Path

RENAME_EXCHANGE = 2
AT_FDCWD = -100


class SiteWriter:
    """Collects files for a new site in a staging folder; `commit()` makes it live."""

    def __init__(self, output: Path):
        self.output = output.resolve()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        recover(self.output)
        self.staging = self.output.parent / f".{self.output.name}.new-{os.getpid()}"
        if self.staging.exists():
            shutil.rmtree(self.staging)
        self.staging.mkdir()
        self.written: set[str] = set()

    def write(self, relative: str, data: str | bytes) -> None:
        target = self.path_for(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        target.write_bytes(data)
        self.written.add(relative)

    def copy_tree(self, source: Path, relative: str) -> None:
        for path in sorted(p for p in source.rglob("*") if p.is_file()):
            self.write(f"{relative}/{path.relative_to(source).as_posix()}", path.read_bytes())

    def path_for(self, relative: str) -> Path:
        """The staging path for a site path; refuses anything that would leave the site folder."""
        parts = relative.split("/")
        if relative.startswith("/") or any(p in ("", ".", "..") for p in parts[:-1]) or parts[-1] in (".", ".."):
            raise ValueError(f"refusing to write outside the site folder: {relative!r}")
        if any(len(p.encode("utf-8")) > 255 for p in parts):
            raise ValueError(f"a path component is longer than 255 bytes: {relative[:80]!r}...")
        return self.staging.joinpath(*parts)

    def commit(self) -> None:
        _fsync_tree(self.staging)
        if self.output.exists():
            swap(self.staging, self.output)
            shutil.rmtree(self.staging, ignore_errors=True)
        else:
            os.rename(self.staging, self.output)

    def abandon(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def swap(new: Path, live: Path) -> None:
    """Exchange two folders atomically; afterwards `new` holds the old site."""
    if _renameat2_exchange(new, live):
        return
    old = live.parent / f".{live.name}.old-{os.getpid()}"
    os.rename(live, old)
    os.rename(new, live)
    os.rename(old, new)


def recover(output: Path) -> None:
    """Finish or clean up after a build that was killed: remove stale staging folders."""
    parent = output.parent
    if not output.exists():
        olds = sorted(parent.glob(f".{output.name}.old-*"))
        if olds:
            os.rename(olds[-1], output)
    for stale in list(parent.glob(f".{output.name}.new-*")) + list(parent.glob(f".{output.name}.old-*")):
        shutil.rmtree(stale, ignore_errors=True)


_libc = None


def _renameat2_exchange(a: Path, b: Path) -> bool:
    global _libc
    if _libc is None:
        _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    function = getattr(_libc, "renameat2", None)
    if function is None:
        return False
    result = function(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def _fsync_tree(root: Path) -> None:
    """Nothing to flush file by file: a directory fsync of the root is enough for the rename order."""
    fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
