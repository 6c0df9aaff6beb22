"""How long `build_site.py serve` takes to show a saved edit, on a synthetic archive of N articles.

    python bench/serve_latency.py                # N = 10,000, five edits
    python bench/serve_latency.py --count 1000 --edits 3 --no-readme

The preview server runs on a generated corpus (generate.py). Each edit rewrites the title of one
article's content file; three times are taken from the moment the file is written: the first
reload event sent to open pages, the page served with the new title, and the reload event that
follows the full rebuild. Medians go to bench/README.md (section "Live reload").
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import generate

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / ".work" / "serve"
README = BENCH / "README.md"
START, END = "<!-- serve -->", "<!-- /serve -->"
STARTUP_SECONDS = 1800  # the first build of 10,000 articles without a cache
EDIT_SECONDS = 300


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def page_text(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


class ReloadListener:
    """Timestamps of the reload events the server sends to open pages."""

    def __init__(self, port: int):
        self.times: list[float] = []
        self.arrived = threading.Condition()
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=EDIT_SECONDS * 4)
        self.connection.request("GET", "/__livereload")
        self.response = self.connection.getresponse()
        threading.Thread(target=self._listen, daemon=True).start()

    def _listen(self) -> None:
        for line in self.response:
            if line.startswith(b"event: reload"):
                with self.arrived:
                    self.times.append(time.perf_counter())
                    self.arrived.notify_all()

    def wait_for(self, count: int, seconds: float) -> float:
        with self.arrived:
            if not self.arrived.wait_for(lambda: len(self.times) >= count, timeout=seconds):
                sys.exit(f"no reload event number {count} within {seconds} s")
            return self.times[count - 1]


def edit_title(path: Path, title: str) -> None:
    text = path.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("title:"))
    path.write_text(text.replace(old, f"title: {title}", 1), encoding="utf-8")


def measure(count: int, edits: int) -> dict[str, list[float]]:
    shutil.rmtree(WORK, ignore_errors=True)
    content = WORK / "content"
    articles = generate.make_articles(count)
    generate.write_corpus(articles, content)
    (WORK / "seeds").mkdir()
    port = free_port()
    command = [sys.executable, str(ROOT / "build_site.py"), "serve", "--quiet", "--port", str(port),
               "--seeds", str(WORK / "seeds"), "--content", str(content), "--output", str(WORK / "public"),
               "--cache", str(WORK / ".cache")]
    server = subprocess.Popen(command, cwd=WORK, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    times: dict[str, list[float]] = {"first reload event": [], "edited page served": [], "rebuilt site reloaded": []}
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while not page_text(f"http://127.0.0.1:{port}/"):
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"the preview server did not start: {server.stderr.read().decode(errors='replace')[-2000:]}")
            time.sleep(1)
        listener = ReloadListener(port)
        time.sleep(1)
        stems = sorted(p.stem for p in content.glob("*.md"))
        for number in range(edits):
            stem = stems[(number + 1) * len(stems) // (edits + 1)]
            title = f"Edited title {number + 1} {dt.datetime.now().isoformat()}"
            url = f"http://127.0.0.1:{port}/articles/{stem}/"
            heard = len(listener.times)
            started = time.perf_counter()
            edit_title(content / f"{stem}.md", title)
            while title not in page_text(url):
                if time.perf_counter() - started > EDIT_SECONDS:
                    sys.exit(f"the edit of {stem} was not served within {EDIT_SECONDS} s")
                time.sleep(0.01)
            served = time.perf_counter()
            first = listener.wait_for(heard + 1, EDIT_SECONDS)
            rebuilt = listener.wait_for(heard + 2, EDIT_SECONDS)
            for name, moment in (("first reload event", first), ("edited page served", served),
                                 ("rebuilt site reloaded", rebuilt)):
                times[name].append(moment - started)
            print(f"edit {number + 1}: reload {first - started:.2f} s, page {served - started:.2f} s, "
                  f"rebuilt {rebuilt - started:.2f} s", flush=True)
            time.sleep(1)
    finally:
        server.terminate()
        server.wait(timeout=60)
    return times


def table(count: int, edits: int, times: dict[str, list[float]]) -> str:
    rows = "\n".join(f"| {name} | {statistics.median(values):.2f} | {min(values):.2f}–{max(values):.2f} |"
                     for name, values in times.items())
    return (f"N = {count:,} articles, {edits} edits of one article's title; {os.cpu_count()} cores, "
            f"Python {sys.version.split()[0]}, {dt.date.today().isoformat()}.\n\n"
            f"| from saving the file to | median s | range s |\n|---|---:|---:|\n{rows}\n")


def write_readme(section: str) -> None:
    text = README.read_text(encoding="utf-8")
    if START not in text:
        text += f"\n## Live reload (`serve`)\n\n{START}\n{END}\n"
    start, end = text.index(START) + len(START), text.index(END)
    README.write_text(text[:start] + "\n" + section + text[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--no-readme", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    section = table(args.count, args.edits, measure(args.count, args.edits))
    print(section)
    if not args.no_readme:
        write_readme(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
