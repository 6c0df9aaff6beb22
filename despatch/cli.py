"""Commands: build (default: ingest new seeds, then build), ingest, serve, evaluate, add."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .config import SettingsError, load_config
from .model import Message
from .registry import RegistryError, load_registry


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--seeds", type=Path, default=Path("seeds"), help="raw articles (default: seeds)")
    common.add_argument("--content", type=Path, default=Path("content"), help="content files (default: content)")
    common.add_argument("--output", type=Path, default=Path("public"), help="site folder (default: public)")
    common.add_argument("--base-url", help="where the site is published, e.g. https://example.org/archive/")
    common.add_argument("--strict", action="store_true", help="warnings become errors: exit non-zero")
    common.add_argument("--quiet", action="store_true", help="print only warnings, errors and the summary")
    common.add_argument("--jobs", type=int, default=None, help="processes for reading and rendering (default: all cores)")
    common.add_argument("--cache", type=Path, default=None,
                        help="build cache folder (default: .cache beside the content folder)")
    parser = argparse.ArgumentParser(prog="build_site.py", parents=[common],
                                     description="Build the archive: ingest new or changed seeds, then build the site.")
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("build", parents=[common], help="build content/ into the site only")
    ingest = commands.add_parser("ingest", parents=[common], help="ingest seeds into content/")
    ingest.add_argument("files", nargs="*", type=Path, help="seed files (default: every new or changed seed)")
    serve = commands.add_parser("serve", parents=[common], help="preview locally; rebuilds when files change")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--host", default="127.0.0.1")
    evaluate = commands.add_parser("evaluate", parents=[common], help="measure ingest against expected answers")
    evaluate.add_argument("folder", type=Path)
    evaluate.add_argument("answers", type=Path, nargs="?")
    add = commands.add_parser("add", parents=[common], help="fetch a web page into seeds/ and ingest it")
    add.add_argument("url")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(argv)
    started = time.monotonic()
    try:
        command = COMMANDS[args.command or "all"]
        return command(args, started)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except OSError as error:
        print(f"error: {error.filename or ''}: {error.strerror}", file=sys.stderr)
        return 2
    except (SettingsError, RegistryError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


def run_ingest(args, started, files: list[Path] | None = None) -> tuple[list[Message], int]:
    from .intake import ingest_seeds, seed_files

    registry = load_registry()
    paths = files if files else seed_files(args.seeds)
    report = ingest_seeds(paths, args.content, registry, force=bool(files), progress=_progress(args))
    if not args.quiet or report.written:
        print(f"ingest: {len(paths)} seeds read, {len(report.written)} content files written, "
              f"{len(report.unchanged)} unchanged, {len(report.kept)} kept as edited by hand")
    return report.messages, len(report.written)


def run_build(args, started, on_article_pages=None) -> tuple[list[Message], str]:
    from .build import build_site

    report = build_site(args.content, args.output, load_registry(), load_config(base_url=args.base_url),
                        jobs=args.jobs, cache_dir=args.cache, on_article_pages=on_article_pages)
    return report.messages, (f"build: {report.articles} articles, {report.pages} pages "
                             f"({report.rendered} rendered) written to {args.output}")


def command_all(args, started, on_article_pages=None) -> int:
    messages, _ = run_ingest(args, started)
    build_messages, summary = run_build(args, started, on_article_pages)
    return finish(args, messages + build_messages, summary, started)


def command_build(args, started) -> int:
    messages, summary = run_build(args, started)
    return finish(args, messages, summary, started)


def command_ingest(args, started) -> int:
    missing = [f for f in args.files if not f.is_file()]
    if missing:
        return finish(args, [Message(str(f), "no such file", level="error") for f in missing], "ingest: nothing done", started)
    messages, _ = run_ingest(args, started, files=args.files)
    return finish(args, messages, "ingest: done", started)


def command_serve(args, started) -> int:
    from .serve import ROOT, QuickPages, serve

    quick = QuickPages(args.content, args.output, ROOT / "templates",
                       lambda: (load_config(base_url=args.base_url), load_registry()))
    return serve(args, lambda: command_all(args, time.monotonic(), quick.remember), quick)


def command_evaluate(args, started) -> int:
    from .evaluate import main as evaluate_main

    return evaluate_main([str(args.folder)] + ([str(args.answers)] if args.answers else []))


def command_add(args, started) -> int:
    from .fetch import FetchError, fetch_to_seeds

    try:
        path = fetch_to_seeds(args.url, args.seeds)
    except FetchError as error:
        return finish(args, [Message(args.url, str(error), level="error")], "add: nothing added", started)
    print(f"add: saved {path}")
    messages, _ = run_ingest(args, started, files=[path])
    build_messages, summary = run_build(args, started)
    return finish(args, messages + build_messages, summary, started)


COMMANDS = {"all": command_all, "build": command_build, "ingest": command_ingest, "serve": command_serve,
            "evaluate": command_evaluate, "add": command_add}


def finish(args, messages: list[Message], summary: str, started: float) -> int:
    """Print what a person must know, then one summary line; the exit status follows --strict."""
    errors = [m for m in messages if m.level == "error"]
    warnings = [m for m in messages if m.level == "warning"]
    for message in messages:
        if message.level != "info" or not args.quiet:
            print(safe_for_terminal(str(message)), file=sys.stderr)
    print(f"{summary}; {len(warnings)} warnings, {len(errors)} errors; {time.monotonic() - started:.2f} s")
    # A bad file is reported and skipped so the rest of the archive builds; --strict makes it fail.
    return 1 if args.strict and (errors or warnings) else 0


def safe_for_terminal(text: str) -> str:
    """Messages quote file contents: never let them carry control sequences to the terminal."""
    return "".join(ch if ch.isprintable() or ch in "\n\t" else f"\\x{ord(ch):02x}" for ch in text)


def _progress(args):
    if args.quiet or not sys.stderr.isatty():
        return None

    def show(index: int, total: int, name: str) -> None:
        end = "\n" if index == total else "\r"
        print(f"ingest: {index}/{total} {safe_for_terminal(name[:60]):<60}", end=end, file=sys.stderr, flush=True)

    return show
