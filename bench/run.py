"""Benchmark despatch against Hugo and Pelican on the same synthetic archive.

    python bench/run.py                 # N = 1,000 and 10,000, three alternating runs each
    python bench/run.py --huge          # and N = 100,000
    python bench/run.py --sizes 500 --runs 1 --no-readme

Scenarios: a cold build (no cache, no output), adding one article and rebuilding (warm cache;
Hugo rebuilds in full: it has no persistent incremental mode), and a change to the base template
followed by a rebuild (warm cache). Runs alternate between generators so that a busy machine
slows them alike; the table gives the median wall time, ms per article, the peak RSS of the
largest process, and our time relative to each peer. Results go to bench/README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import generate
import peers

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORK = BENCH / ".work"
README = BENCH / "README.md"
RESULTS_START, RESULTS_END = "<!-- results -->", "<!-- /results -->"
GENERATORS = ("despatch", "hugo", "pelican")
SCENARIOS = ("cold build", "add one article", "template change")


@dataclass(frozen=True)
class Measure:
    seconds: float
    peak_mb: float
    load: float  # the machine's 1-minute load average when the run ended
    said: str = ""  # the build's last line of output (ours: its own peak RSS and its children's)


@dataclass
class Site:
    """One generator's project folder over the corpus, and how to build it."""

    name: str
    folder: Path
    content: Path
    template: Path  # the template the 'template change' scenario edits
    clean_paths: tuple[Path, ...]  # output and caches, removed for a cold build
    command: list[str]
    writer: str  # generate.WRITERS key
    measures: dict[str, list[Measure]] = field(default_factory=dict)

    def add(self, article: generate.Synthetic) -> None:
        generate.write_corpus([article], self.content, self.writer)

    def build(self) -> Measure:
        return timed(self.command, self.folder)

    def clean(self) -> None:
        for path in self.clean_paths:
            shutil.rmtree(path, ignore_errors=True)


def timed(command: list[str], cwd: Path) -> Measure:
    """Wall time and the peak RSS of the largest process of the build (wait4's rusage)."""
    with tempfile.TemporaryFile() as errors, tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            sys.exit(f"{' '.join(map(str, command))} failed:\n{errors.read().decode(errors='replace')[-3000:]}")
        output.seek(0)
        said = output.read().decode(errors="replace").strip().splitlines()
    return Measure(elapsed, usage.ru_maxrss / 1024, os.getloadavg()[0], said[-1] if said else "")


def snapshot_project() -> Path:
    """A copy of the code, registries, templates and static files, measured as they were at the start."""
    project = WORK / "project"
    shutil.rmtree(project, ignore_errors=True)
    for folder in ("despatch", "data", "templates", "static"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["DESPATCH_PROJECT"] = str(project)
    return project


def make_sites(folder: Path, articles: list[generate.Synthetic]) -> list[Site]:
    shutil.rmtree(folder, ignore_errors=True)
    ours = folder / "despatch"
    shutil.copytree(WORK / "project" / "templates", ours / "templates")
    hugo, pelican = folder / "hugo", folder / "pelican"
    hugo_layouts, pelican_templates = peers.make_hugo_site(hugo), peers.make_pelican_site(pelican)
    sites = [
        Site("despatch", ours, ours / "content", ours / "templates" / "base.html",
             (ours / "public", ours / ".cache", ours / ".public.staging"),
             [sys.executable, str(BENCH / "build_despatch.py"), "content", "public", ".cache", "templates"], "despatch"),
        Site("hugo", hugo, hugo / "content" / "articles", hugo_layouts / "baseof.html",
             (hugo / "public", hugo / "resources"),
             [str(peers.tool("hugo")), "--quiet", "--source", str(hugo), "--destination", "public"], "hugo"),
        Site("pelican", pelican, pelican / "content", pelican_templates / "base.html",
             (pelican / "output", pelican / "cache"),
             [str(peers.tool("pelican")), "content", "-s", "pelicanconf.py", "-o", "output", "-q"], "pelican"),
    ]
    for site in sites:
        generate.write_corpus(articles, site.content, site.writer)
    return sites


def run_size(count: int, runs: int) -> tuple[list[Site], dict]:
    articles = generate.make_articles(count + runs)
    corpus, additions = articles[:count], articles[count:]
    sites = make_sites(WORK / str(count), corpus)
    for scenario in SCENARIOS:
        for site in sites:
            site.measures[scenario] = []
        for run in range(runs):
            for site in sites:  # alternate: one run of each generator in turn
                prepare(site, scenario, run, additions)
                measure = site.build()
                site.measures[scenario].append(measure)
                print(f"N={count:>6} {scenario:<16} {site.name:<8} run {run + 1}: {measure.seconds:7.2f} s "
                      f"{measure.peak_mb:7.0f} MB  (load {measure.load:.1f})  {measure.said[:150]}", flush=True)
    return sites, page_sizes(sites[0].folder / "public")


def prepare(site: Site, scenario: str, run: int, additions: list[generate.Synthetic]) -> None:
    if scenario == "cold build":
        site.clean()
    elif scenario == "add one article":
        site.add(additions[run])
    else:
        with site.template.open("a", encoding="utf-8") as template:
            template.write(f"\n<!-- template change {run + 1} -->\n")


def page_sizes(site: Path) -> dict:
    pages = [(p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html")]
    largest = max(pages) if pages else (0, "")
    return {"pages": len(pages), "largest_kb": largest[0] / 1024, "largest": largest[1]}


# ---------------------------------------------------------------- the table


def table(count: int, sites: list[Site], sizes: dict, header: str) -> str:
    ours = sites[0]
    lines = [f"### N = {count:,} articles", "", header, "",
             "| scenario | generator | median s | ms / article | peak RSS MB | despatch is |",
             "|---|---|---:|---:|---:|---|"]
    for scenario in SCENARIOS:
        our_median = median(ours, scenario)
        for site in sites:
            value = median(site, scenario)
            peak = max(m.peak_mb for m in site.measures[scenario])
            ratio = "" if site is ours else speed_ratio(value, our_median)
            lines.append(f"| {scenario} | {site.name} | {value:.2f} | {1000 * value / count:.2f} | {peak:.0f} | {ratio} |")
    loads = [m.load for site in sites for measures in site.measures.values() for m in measures]
    lines += ["", f"Load average during the runs: {min(loads):.1f}–{max(loads):.1f} (2 cores: above 2, runs wait for a core).",
              "", f"Largest HTML page of ours: {sizes['largest_kb']:.0f} KB (`{sizes['largest']}`), "
                  f"{sizes['pages']:,} HTML pages.", ""]
    return "\n".join(lines)


def median(site: Site, scenario: str) -> float:
    return statistics.median(m.seconds for m in site.measures[scenario])


def speed_ratio(peer: float, ours: float) -> str:
    if peer >= ours:
        return f"{peer / ours:.1f}× faster"
    return f"{ours / peer:.1f}× slower"


def machine() -> str:
    return (f"{os.cpu_count()} cores, load average at the start {os.getloadavg()[0]:.1f}, "
            f"Python {sys.version.split()[0]}, {dt.date.today().isoformat()}")


def write_readme(sections: dict[int, str]) -> None:
    """Replace the sections of the sizes just measured; keep the others."""
    text = README.read_text(encoding="utf-8") if README.exists() else f"# Benchmark\n\n{RESULTS_START}\n{RESULTS_END}\n"
    start, end = text.index(RESULTS_START) + len(RESULTS_START), text.index(RESULTS_END)
    kept = {}
    for block in text[start:end].split("### N = ")[1:]:
        kept[int(block.split(" ", 1)[0].replace(",", ""))] = "### N = " + block.strip() + "\n"
    kept.update(sections)
    body = "\n".join(kept[count] for count in sorted(kept))
    README.write_text(text[:start] + "\n" + body + "\n" + text[end:], encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--huge", action="store_true", help="add N = 100,000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-readme", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    sizes = args.sizes + ([100_000] if args.huge else [])
    snapshot_project()
    sections = {}
    for count in sizes:
        header = f"Measured on {machine()}; {args.runs} alternating run(s) per cell."
        sites, page_info = run_size(count, args.runs)
        sections[count] = table(count, sites, page_info, header)
        print(sections[count], flush=True)
    if not args.no_readme:
        write_readme(sections)
    return 0


if __name__ == "__main__":
    sys.exit(main())
