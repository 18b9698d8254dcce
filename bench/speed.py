"""Build speed and memory: cold, no-op and one-article-edit builds at several corpus sizes.

    python bench/speed.py [--sizes 10 100 1000] [--runs 3] [--out bench/out] [--write bench/RESULTS.md]

Each size is a synthetic corpus from ``bench/corpus.py`` (10 articles a story). Every build is
the real command line in a fresh process, as an editor would run it. Wall time is measured
around the process; peak memory is the largest total proportional set size (PSS, so pages the
worker processes share with their parent are not counted twice) of the build's whole process
tree, sampled from ``/proc`` (every 20 ms for two seconds, then every 250 ms, so that
sampling does not slow the build it measures). Each figure is the median of ``--runs`` runs.

The last rows build the seed story cold, side by side with ``mkdocs build`` of a five-page MkDocs
site made from the same articles, interleaved run by run, and print the ratio of the medians.
Cold means the project's outputs and build cache are gone; the user's compile caches are kept,
as Python's bytecode is kept for both tools (compiled templates and regular expressions, in
``$XDG_CACHE_HOME/newsdigest``). A third row builds the seed with an empty user cache, as the
first build on a machine does.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 10


@dataclass
class Run:
    seconds: float
    peak_mb: float


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement; the median is reported")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--write", type=Path, help="also write the table, with the machine, to this Markdown file")
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        rows += measure_corpus(size, args.runs, args.out / f"corpus-{size}")
    rows += measure_against_mkdocs(max(args.runs, 15), args.out / "seed")  # cheap, and the noisiest ratio
    table = format_table(rows)
    print(table)
    if args.write:
        notes = args.write.read_text(encoding="utf-8").partition("\n## Notes")[1:] if args.write.exists() else ()
        args.write.write_text(results_page(table, args) + "".join(notes), encoding="utf-8")  # hand notes kept
        print(f"written to {args.write}")
    return 0


def measure_corpus(size: int, runs: int, folder: Path) -> list[tuple[str, list[Run]]]:
    """Cold, no-op and one-edit builds of a corpus of ``size`` stories."""
    seeds = folder / "seeds"
    if not seeds.is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(size), str(ARTICLES), str(seeds)],
                       check=True, stdout=subprocess.DEVNULL)
    cold, noop, edit = [], [], []
    for n in range(runs):
        _clean(folder)
        cold.append(_build(folder))
        noop.append(_build(folder))
        noop.append(_build(folder))
        article = sorted((seeds / sorted(os.listdir(seeds))[size // 2]).glob("*.txt"))[0]
        original = article.read_bytes()
        for k in range(2):
            article.write_bytes(original + f"\nInspectors from the regional office visited site {n}{k} on Monday "
                                          f"and asked for {n + k + 3} further reports.\n".encode())
            edit.append(_build(folder))
        article.write_bytes(original)
        progress(f"{size} stories: run {n + 1}/{runs} done")
    label = f"{size} stories / {size * ARTICLES} articles"
    return [(f"{label}: cold", cold), (f"{label}: no-op", noop), (f"{label}: one article edited", edit)]


def measure_against_mkdocs(runs: int, folder: Path) -> list[tuple[str, list[Run]]]:
    """The seed story's cold build and ``mkdocs build`` of five pages, interleaved."""
    story = ROOT / "seeds" / "alibaba-ai-investment"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(story, folder / "seeds" / story.name)
    (folder / "content").mkdir()
    shutil.copy2(ROOT / "content" / "site.yaml", folder / "content" / "site.yaml")
    docs = folder / "mkdocs" / "docs"
    docs.mkdir(parents=True)
    articles = sorted(p for p in story.iterdir() if p.suffix == ".txt")[:5]
    nav = []
    for n, article in enumerate(articles, start=1):
        name = "index.md" if n == 1 else f"page-{n}.md"
        text = article.read_text(encoding="utf-8", errors="replace")
        (docs / name).write_text(f"# Article {n}\n\n" + "\n\n".join(text.splitlines()), encoding="utf-8")
        nav.append(f"  - 'Article {n}': {name}")
    (folder / "mkdocs" / "mkdocs.yml").write_text("site_name: Seed articles\nnav:\n" + "\n".join(nav) + "\n",
                                                  encoding="utf-8")
    ours, theirs, first = [], [], []
    empty_cache = folder / "empty-user-cache"
    for _ in range(runs):
        _clean(folder)
        ours.append(_build(folder))
        theirs.append(_timed([sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean"], folder / "mkdocs"))
        _clean(folder)
        shutil.rmtree(empty_cache, ignore_errors=True)
        first.append(_build(folder, {"XDG_CACHE_HOME": str(empty_cache)}))
    progress("seed story vs mkdocs done")
    return [("seed story (5 articles): cold build", ours), ("mkdocs build, five pages", theirs),
            ("seed story: cold build, empty user cache (a machine's first build)", first)]


def _clean(folder: Path) -> None:
    """Remove everything a build wrote, so the next build is cold."""
    shutil.rmtree(folder / "site", ignore_errors=True)
    shutil.rmtree(folder / ".newsdigest-cache", ignore_errors=True)
    for story in (folder / "content").glob("*/"):
        shutil.rmtree(story)


def _build(folder: Path, env: dict[str, str] | None = None) -> Run:
    return _timed([sys.executable, str(ROOT / "build.py"), "build", "--quiet", "--seeds", "seeds",
                   "--content", "content", "--site", "site"], folder, env)


def _timed(command: list[str], cwd: Path, extra_env: dict[str, str] | None = None) -> Run:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as a user's shell has it
    env.update(extra_env or {})
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = PeakMemory(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    if proc.returncode:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{err.decode(errors='replace')}")
    return Run(seconds, sampler.peak / 1024)


class PeakMemory(threading.Thread):
    """Samples the summed PSS (kB) of a process and all its descendants until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, 0, threading.Event()

    def run(self) -> None:
        started = time.perf_counter()
        while not self._done.is_set():
            self.peak = max(self.peak, sum(_pss(p) for p in _tree(self.pid)))
            # Reading PSS costs the kernel real time: often while a build is short, rarely once it is long.
            self._done.wait(0.02 if time.perf_counter() - started < 2 else 0.25)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(pid: int) -> list[int]:
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as handle:
                    queue += [int(c) for c in handle.read().split()]
        except OSError:
            continue
    return pids


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def format_table(rows: list[tuple[str, list[Run]]]) -> str:
    lines = ["| build | median wall (s) | runs (s) | median peak memory (MB) |", "|---|---:|---|---:|"]
    for label, runs in rows:
        times = ", ".join(f"{r.seconds:.2f}" for r in runs)
        lines.append(f"| {label} | {statistics.median(r.seconds for r in runs):.2f} | {times} | "
                     f"{statistics.median(r.peak_mb for r in runs):.0f} |")
    ours = dict(rows).get("seed story (5 articles): cold build")
    theirs = dict(rows).get("mkdocs build, five pages")
    if ours and theirs:
        ratio = statistics.median(r.seconds for r in ours) / statistics.median(r.seconds for r in theirs)
        paired = sorted(a.seconds / b.seconds for a, b in zip(ours, theirs, strict=True))
        quarter = len(paired) // 4
        lines.append(f"\nseed story cold build / mkdocs build of five pages: **{ratio:.2f}** (ratio of the "
                     f"medians; run by run, interleaved: median {statistics.median(paired):.2f}, middle half "
                     f"{paired[quarter]:.2f} to {paired[-1 - quarter]:.2f})")
    return "\n".join(lines)


def results_page(table: str, args: argparse.Namespace) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip() or "unknown"
    return (f"# Build speed\n\nMeasured with `python bench/speed.py --sizes {' '.join(map(str, args.sizes))} "
            f"--runs {args.runs}` at commit {commit} on {os.cpu_count()} cores ({cpu}), Python "
            f"{platform.python_version()}, {platform.system()}.\n\n{table}\n")


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
