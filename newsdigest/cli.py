"""The command line: ``build`` (the default), ``serve``, ``check``, ``review`` and ``init``.

Commands are thin: they parse options and call :mod:`newsdigest.build.pipeline`,
:mod:`newsdigest.serve`, :mod:`newsdigest.review` or :mod:`newsdigest.scaffold`. Bad input is reported here, once, as
``path:line: message`` with exit status 1; bad usage exits 2 (argparse's convention); nothing
prints a traceback unless ``NEWSDIGEST_DEBUG=1`` asks for one. The program is ``newsdigest``
however it is started (the console script, ``python -m newsdigest`` or a clone's ``build.py``).
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .errors import InputError

PROG = "newsdigest"
COMMANDS = {
    "build": "rebuild content and site (the default command)",
    "serve": "serve site/ and rebuild on every change",
    "check": "validate seeds, content and templates; build nothing",
    "review": "what an editor should check, with the edits.yaml lines that settle it",
    "init": "make a new project folder",
}
"""Every command and its one-line help, in the order usage lists them; a new command is one entry here
and one parser in :func:`_parser`."""


def _parser(root: Path) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Build a news-digest explainer site from articles about one story.",
        epilog="With no command, 'build' runs with the defaults: seeds/, content/ and site/ in "
               f"{'the current folder' if root == Path() else root}.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="{" + ",".join(COMMANDS) + "}")

    def folders(p: argparse.ArgumentParser) -> None:
        p.add_argument("--seeds", type=Path, default=root / "seeds", help="one folder of articles per story")
        p.add_argument("--content", type=Path, default=root / "content", help="generated data and hand edits")
        p.add_argument("--site", type=Path, default=root / "site", help="where the site is written")
        p.add_argument("--templates", type=Path, default=root / "templates", help=argparse.SUPPRESS)

    build = sub.add_parser("build", help=COMMANDS["build"])
    folders(build)
    build.add_argument("--strict", action="store_true", help="treat warnings (and undefined template values) as errors")
    build.add_argument("--quiet", action="store_true", help="print nothing but errors")
    serve = sub.add_parser("serve", help=COMMANDS["serve"])
    folders(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    serve.add_argument("--strict", action="store_true", help=argparse.SUPPRESS)
    serve.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
    check = sub.add_parser("check", help=COMMANDS["check"])
    folders(check)
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("--quiet", action="store_true", help=argparse.SUPPRESS)
    review = sub.add_parser("review", help=COMMANDS["review"])
    folders(review)
    review.add_argument("story", nargs="?", help="one story's address (default: every story)")
    review.add_argument("--json", action="store_true", help="print a JSON list of items")
    review.set_defaults(strict=False, quiet=False)
    init = sub.add_parser("init", help=COMMANDS["init"])
    init.add_argument("dir", nargs="?", type=Path, default=root, metavar="DIR",
                      help="the folder to make the project in (default: the current folder)")
    return parser


def unknown_command(word: str) -> str:
    """The usage error for a word that is not a command: the commands, and the closest one.

    >>> unknown_command("biuld")
    "newsdigest: unknown command 'biuld' (did you mean 'build'?); the commands are build, serve, check, review, init"
    """
    close = difflib.get_close_matches(word, list(COMMANDS), n=1, cutoff=0.5)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return f"{PROG}: unknown command '{word}'{hint}; the commands are {', '.join(COMMANDS)}"


def run(argv: list[str] | None = None, root: Path | None = None) -> NoReturn:
    """Run the command line and end the process with its status, skipping the interpreter's clean-up.

    Every file the build writes is closed by then and the output streams are flushed here; what is
    skipped is freeing a build's worth of objects one by one, 20-30 ms of a 0.35 s build (mypy
    ends the same way). Tests call :func:`main`, which returns.
    """
    status = main(argv, root)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: nothing more can be said
        status = status or 1
    os._exit(status)


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    """Run the command line; returns the exit status."""
    # Installed, the project is the current folder, and paths in messages stay relative to it
    # ("seeds/x/story.yaml:2: ..."); a clone's build.py passes its own folder.
    root = root or Path()
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS:
        print(f"usage: {PROG} [{{{','.join(COMMANDS)}}}] [options]\n{unknown_command(argv[0])}", file=sys.stderr)
        return 2
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv = ["build", *argv]  # "newsdigest --quiet" builds, as "newsdigest" does
    args = _parser(root).parse_args(argv)
    command = args.command
    try:
        return _run(command, args)
    except InputError as err:
        print(f"{err.location()}: {err.message}", file=sys.stderr)
        return err.status
    except OSError as err:  # the environment, not a bug: a full disk, a permission, a vanished file
        where = err.filename or "newsdigest"
        print(f"{where}: {err.strerror or err}; site/ and content/ are unchanged", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted; site/ and content/ are unchanged", file=sys.stderr)
        return 130
    except Exception as err:  # a bug, not bad input: say so plainly, keep the traceback for debugging
        if os.environ.get("NEWSDIGEST_DEBUG"):
            raise
        print(f"newsdigest: internal error ({type(err).__name__}: {err}); site/ and content/ are unchanged. "
              "Run with NEWSDIGEST_DEBUG=1 to see the traceback.", file=sys.stderr)
        return 1


def _run(command: str, args: argparse.Namespace) -> int:
    if command == "init":
        from .scaffold import init_project

        print(init_project(args.dir))
        return 0
    from .build.pipeline import BuildOptions, build, check

    options = BuildOptions(args.seeds, args.content, args.site, args.templates, args.strict, args.quiet)
    if command == "serve":
        from .serve import serve

        return serve(options, args.host, args.port)
    if command == "review":
        from .review import run_review

        return run_review(options, args.story, args.json)
    if command == "check":
        report = check(options)
    else:
        bar = ProgressBar() if not args.quiet and sys.stdout.isatty() else None
        report = build(options, bar)
        if bar:
            bar.done()
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    for stale in report.stale if command == "check" else ():
        print(stale.replace(": warning: ", ": ", 1), file=sys.stderr)
    if not args.quiet:
        print(summary_line(command, report, args.site))
    return 1 if command == "check" and report.stale else 0


def summary_line(command: str, report: Any, site: Path) -> str:
    """The one line a build prints: what it did, how long it took, where the site is."""
    stories = f"{report.stories} stor{'y' if report.stories == 1 else 'ies'}"
    if command == "check":
        stale = len(report.stale)
        return f"checked {stories}: " + (f"{stale} stale edit{'s' if stale != 1 else ''}" if stale
                                          else "no problems found")
    waiting = report.to_review
    review = f"; {waiting} item{'s wait' if waiting != 1 else ' waits'} for review (newsdigest review)" if waiting \
        else ""
    if not report.changed:
        return f"nothing changed ({stories}) in {report.seconds:.2f} s -> {site}{review}"
    return (f"built {stories} ({report.digested} digested, {report.rendered} rendered), {report.pages} pages "
            f"in {report.seconds:.2f} s -> {site}{review}")


class ProgressBar:
    """A one-line progress bar on the terminal, for builds of more than a few stories."""

    def __init__(self, width: int = 30) -> None:
        self.width = width
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if total <= 3:
            return
        filled = self.width * done // total
        sys.stdout.write(f"\r[{'#' * filled}{' ' * (self.width - filled)}] {done}/{total} stories")
        sys.stdout.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            sys.stdout.write("\r" + " " * (self.width + 30) + "\r")
            sys.stdout.flush()
