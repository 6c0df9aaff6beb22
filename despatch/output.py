"""Write the site beside the old one and swap it in whole, so a killed build never leaves a mix.

The new site is put together in a hidden sibling folder (`.public.staging`), then exchanged with
the live folder in one atomic step (Linux `renameat2(RENAME_EXCHANGE)`); where that call is
missing, two renames are used and the window between them is repaired by the next build.

With a build cache, the staging folder is kept: after the swap it holds the previous site, and
the next build only changes the files that differ (double buffering). A file is never changed in
place, only replaced by a new one, because the two folders share the inodes of unchanged files
(hard links). A staging folder whose state the cache cannot vouch for is emptied first.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import os
import shutil
import stat
import threading
from pathlib import Path

from .cache import BuildCache, digest

RENAME_EXCHANGE = 2
AT_FDCWD = -100

Manifest = dict  # site path -> (input key, content hash)


class SiteWriter:
    """Collects files for a new site in a staging folder; `commit()` makes it live."""

    def __init__(self, output: Path, cache: BuildCache | None = None):
        self.output = output.resolve()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        self.cache = cache
        self._lock = _lock(self.output)
        recover(self.output)
        self.staging = self.output.parent / f".{self.output.name}.staging"
        self.live: Manifest = (cache.tree(self.output) if cache else None) or {}
        self.on_disk: Manifest = self._open_staging()
        self.manifest: Manifest = {}
        # Kept files whose staging copy is not the live one yet. They are linked in a thread while
        # the pages that changed are rendered (`link_kept_in_background`), or at the latest on
        # commit: linking only what is kept costs nothing for the files a build replaces anyway.
        self._to_link: dict[str, None] = {}
        self._linking: threading.Thread | None = None
        self._linking_error: BaseException | None = None

    def link_kept_in_background(self) -> None:
        """Start linking the kept files in a thread. Call it only when no process will be forked
        until `_ready()`: a forked child would inherit a half-done folder and a dead thread."""
        self._ready()
        self._linking = threading.Thread(target=self._link_kept_in_thread, daemon=True)
        self._linking.start()

    def _link_kept(self) -> None:
        for relative in list(self._to_link):
            if not self._link_live(relative):
                raise FileNotFoundError(f"{self.output / relative} vanished during the build")
            self._to_link.pop(relative, None)

    def _link_kept_in_thread(self) -> None:
        try:
            self._link_kept()
        except BaseException as error:  # handed to the main thread by _ready()
            self._linking_error = error

    def _ready(self) -> None:
        """Wait for the linking thread, if any, before the staging folder is touched again."""
        if self._linking is not None:
            self._linking.join()
            self._linking = None
            if self._linking_error is not None:
                raise self._linking_error

    def _link_live(self, relative: str) -> bool:
        """Replace the staging copy with a link to the live file; False if the live file is gone."""
        target = self.path_for(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        _unlink(target)
        self.on_disk.pop(relative, None)
        try:
            os.link(self.output / relative, target)
        except FileNotFoundError:
            return False
        self.on_disk[relative] = self.live[relative]
        return True

    def _open_staging(self) -> Manifest:
        """What the staging folder holds now; from here on the cache trusts it no more."""
        known = self.cache.tree(self.staging) if self.cache and self.staging.is_dir() else None
        if known is None:
            shutil.rmtree(self.staging, ignore_errors=True)
            self.staging.mkdir()
            return {}
        self.cache.store_tree(self.staging, None)
        return known

    @property
    def written(self) -> set[str]:
        return set(self.manifest)

    def write(self, relative: str, data: str | bytes, key: str = "") -> None:
        self.record(relative, key, self.stage(relative, data))

    def stage(self, relative: str, data: str | bytes) -> str:
        """Put `data` at `relative` in the staging folder (unless it is there already); its hash."""
        self._ready()
        self._to_link.pop(relative, None)
        if isinstance(data, str):
            data = data.encode("utf-8")
        content_hash = digest(data)
        if self.on_disk.get(relative, ("", ""))[1] != content_hash:
            _replace(self.path_for(relative), data)
        return content_hash

    def record(self, relative: str, key: str, content_hash: str) -> None:
        self.manifest[relative] = (key, content_hash)

    def keep(self, relative: str, key: str) -> bool:
        """Reuse the live file if it was built from the same inputs; False means: render it."""
        self._ready()
        live = self.live.get(relative)
        if not key or live is None or live[0] != key:
            return False
        if self.on_disk.get(relative, ("", ""))[1] != live[1]:
            if not (self.output / relative).is_file():  # removed by hand: make it again
                return False
            self._to_link[relative] = None
        self.manifest[relative] = live
        return True

    def keep_folder(self, prefix: str, key: str) -> bool:
        """Reuse every live file under `prefix` if all were built from the inputs `key` (a bundle
        of files whose names the tool that makes them chooses)."""
        live = [path for path in self.live if path.startswith(prefix)]
        if not live or any(self.live[path][0] != key for path in live):
            return False
        return all([self.keep(path, key) for path in live])

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
        self._ready()
        self._link_kept()
        for relative in sorted(set(self.on_disk) - set(self.manifest)):
            _remove_file_and_empty_folders(self.path_for(relative), self.staging)
        _fsync_tree(self.staging)
        if self.cache:
            self.cache.store_tree(self.staging, self.manifest)
        if self.output.exists():
            swap(self.staging, self.output)
            if not self.cache:
                shutil.rmtree(self.staging, ignore_errors=True)
        else:
            os.rename(self.staging, self.output)
        if self.cache:
            self.cache.forget_other_trees([self.output, self.staging])
        self._unlock()

    def abandon(self) -> None:
        if self._linking is not None:
            self._linking.join()
        shutil.rmtree(self.staging, ignore_errors=True)
        self._unlock()

    def _unlock(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def _lock(output: Path) -> int:
    """One build at a time per site folder (a preview server and a manual build, say)."""
    handle = os.open(output.parent / f".{output.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(handle, fcntl.LOCK_EX)
    return handle


def _replace(target: Path, data: bytes) -> None:
    """Put `data` at `target` in the staging folder.

    A file the live site shares (a kept file, hard-linked) is never rewritten: a new file takes
    its place. A file of the staging folder's own is overwritten in place: removing and creating
    it again costs ten times as much where the file system discards freed blocks at once (a
    `discard` mount), and a page rendered again is about as long as before."""
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        info = None
    if info is not None and info.st_nlink == 1 and stat.S_ISREG(info.st_mode):
        with os.fdopen(os.open(target, os.O_WRONLY), "wb") as stream:
            stream.write(data)
            stream.truncate()
        return
    if info is None:
        target.parent.mkdir(parents=True, exist_ok=True)
    _unlink(target)
    handle = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _remove_file_and_empty_folders(path: Path, root: Path) -> None:
    _unlink(path)
    folder = path.parent
    while folder != root:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def swap(new: Path, live: Path) -> None:
    """Exchange two folders atomically; afterwards `new` holds the old site."""
    if _renameat2_exchange(new, live):
        return
    old = live.parent / f".{live.name}.old-{os.getpid()}"
    os.rename(live, old)
    os.rename(new, live)
    os.rename(old, new)


def recover(output: Path) -> None:
    """Finish or clean up after a build that was killed: put back a live site, remove stale folders."""
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
