"""Build speed and memory: cold, no-op and one-article-edit builds at several corpus sizes.

    python bench/speed.py [--sizes 10 100 1000] [--runs 3] [--out bench/out] [--write bench/RESULTS.md]
                          [--baseline REV]

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

``--baseline REV`` answers "how much faster is this change": the same measurements, on the same
corpora, of REV too, in one table with the ratio current / baseline. Rows from different runs of
the script are not comparable on a shared machine (see RESULTS.md), so the two checkouts are run
interleaved, build by build (baseline, current, baseline, current...), and slow spells hit both.
REV is checked out as a detached ``git worktree`` under ``--out`` (removed afterwards) and each
checkout builds with its own ``build.py``, package and templates, into its own output folder (a
build's cache is keyed by the code that wrote it, so sharing one would make every build cold). The
user's compile caches are shared, as on a developer's machine: both keep entries per code version.
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
SEED_STORY = "alibaba-ai-investment"


@dataclass
class Run:
    seconds: float
    peak_mb: float


Row = tuple[str, list[list[Run]]]
"""A measurement's label and its runs, one list per checkout (in the order of the checkouts)."""


@dataclass(frozen=True)
class Checkout:
    """A tree of the project whose builds are measured: its ``build.py`` runs its own package and templates.

    An ``isolated`` checkout (both, under ``--baseline``) builds with itself as working folder and as the
    whole ``PYTHONPATH``, with absolute paths, into a folder of its own: the virtualenv's editable
    install finds one checkout's package, and the baseline must not import the current one through
    it. Without ``--baseline`` the one checkout is run as this script always ran it (from the corpus
    folder, with relative paths), so the default figures stay comparable with earlier ones.
    """

    name: str  # its output folder
    label: str  # its column heading
    root: Path
    isolated: bool = False

    def work(self, folder: Path) -> Path:
        """Where this checkout's builds of the project in ``folder`` write content, site and cache."""
        return folder / self.name if self.isolated else folder

    def env(self) -> dict[str, str]:
        return {"PYTHONPATH": str(self.root)} if self.isolated else {}

    def build(self, folder: Path, extra_env: dict[str, str] | None = None) -> Run:
        """A timed build of ``folder/seeds`` into :meth:`work`."""
        work = self.work(folder)

        def where(path: Path) -> str:
            return str(path) if self.isolated else os.path.relpath(path, work)

        command = [sys.executable, str(self.root / "build.py"), "build", "--quiet", "--seeds", where(folder / "seeds"),
                   "--content", where(work / "content"), "--site", where(work / "site")]
        return _timed(command, self.root if self.isolated else work, {**self.env(), **(extra_env or {})})

    def check(self) -> None:
        """Stops unless ``build.py`` here imports this checkout's package, and says which file it imported.

        The probe runs ``build.py``'s imports (not its ``__main__`` part) the way a build does.
        """
        probe = "import runpy, sys; runpy.run_path(sys.argv[1]); print(sys.modules['newsdigest'].__file__)"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | self.env()
        found = subprocess.run([sys.executable, "-c", probe, str(self.root / "build.py")], cwd=self.root, env=env,
                               capture_output=True, text=True, check=True).stdout.strip()
        progress(f"{self.label}: build.py imports newsdigest from {found}")
        if Path(found).resolve() != (self.root / "newsdigest" / "__init__.py").resolve():
            raise SystemExit(f"{self.label} would not build with its own package ({self.root})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement; the median is reported")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--write", type=Path, help="also write the table, with the machine, to this Markdown file")
    parser.add_argument("--baseline", metavar="REV", help="also measure this git revision, interleaved build by "
                        "build with this checkout, and report both and the ratio current / baseline")
    args = parser.parse_args()
    checkouts = [Checkout("current", "current", ROOT)]
    worktree: Path | None = None
    if args.baseline:
        worktree = add_worktree(args.baseline, args.out)
        checkouts = [Checkout("baseline", f"baseline {worktree.name.removeprefix('baseline-')}", worktree, True),
                     Checkout("current", "current", ROOT, True)]
    try:
        if worktree:
            warm_up(checkouts, args.out / "warm-up")
        rows = []
        for size in args.sizes:
            rows += measure_corpus(size, args.runs, args.out / f"corpus-{size}", checkouts)
        rows += measure_against_mkdocs(max(args.runs, 15), args.out / "seed", checkouts)  # cheap, the noisiest ratio
    finally:
        if worktree:
            remove_worktree(worktree)
    table = format_table(rows, [c.label for c in checkouts])
    print(table)
    if args.write:
        notes = args.write.read_text(encoding="utf-8").partition("\n## Notes")[1:] if args.write.exists() else ()
        args.write.write_text(results_page(table, args) + "".join(notes), encoding="utf-8")  # hand notes kept
        print(f"written to {args.write}")
    return 0


def add_worktree(rev: str, out: Path) -> Path:
    """A fresh detached worktree of ``rev`` in ``out/baseline-<commit>``.

    Fresh, because one left behind by an interrupted run may have been edited since.
    """
    short = _git("rev-parse", "--short", "--verify", f"{rev}^{{commit}}")
    path = out.resolve() / f"baseline-{short}"
    if path.exists():
        remove_worktree(path)
    out.mkdir(parents=True, exist_ok=True)
    _git("worktree", "add", "--detach", "--quiet", str(path), short)
    progress(f"baseline {rev} checked out at {path}")
    return path


def remove_worktree(path: Path) -> None:
    """Removes the worktree, also when git no longer knows it (its folder then goes by hand)."""
    subprocess.run(["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, capture_output=True, check=False)
    shutil.rmtree(path, ignore_errors=True)
    _git("worktree", "prune")


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def warm_up(checkouts: list[Checkout], folder: Path) -> None:
    """Checks each checkout's package and builds the seed story once with it, untimed.

    A fresh worktree has no ``.pyc`` files and the user's caches may have nothing of its code: without
    this its first timed build would pay for compiling both, and the current checkout's would not.
    """
    for checkout in checkouts:
        checkout.check()
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(ROOT / "seeds" / SEED_STORY, folder / "seeds" / SEED_STORY)
    for checkout in checkouts:
        checkout.build(folder)
    shutil.rmtree(folder)


def measure_corpus(size: int, runs: int, folder: Path, checkouts: list[Checkout]) -> list[Row]:
    """Cold, no-op and one-edit builds of a corpus of ``size`` stories, each by every checkout in turn."""
    seeds = folder / "seeds"
    if not seeds.is_dir():
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), str(size), str(ARTICLES), str(seeds)],
                       check=True, stdout=subprocess.DEVNULL)
    cold: list[list[Run]] = [[] for _ in checkouts]
    noop: list[list[Run]] = [[] for _ in checkouts]
    edit: list[list[Run]] = [[] for _ in checkouts]
    for n in range(runs):
        for checkout in checkouts:
            _clean(checkout.work(folder))
        _each(cold, checkouts, folder)
        _each(noop, checkouts, folder)
        _each(noop, checkouts, folder)
        article = sorted((seeds / sorted(os.listdir(seeds))[size // 2]).glob("*.txt"))[0]
        original = article.read_bytes()
        for k in range(2):
            article.write_bytes(original + f"\nInspectors from the regional office visited site {n}{k} on Monday "
                                          f"and asked for {n + k + 3} further reports.\n".encode())
            _each(edit, checkouts, folder)
        article.write_bytes(original)
        progress(f"{size} stories: run {n + 1}/{runs} done")
    label = f"{size} stories / {size * ARTICLES} articles"
    return [(f"{label}: cold", cold), (f"{label}: no-op", noop), (f"{label}: one article edited", edit)]


def _each(into: list[list[Run]], checkouts: list[Checkout], folder: Path, env: dict[str, str] | None = None) -> None:
    """One build of ``folder`` by each checkout, one after the other: a slow spell hits both alike."""
    for runs, checkout in zip(into, checkouts, strict=True):
        runs.append(checkout.build(folder, env))


def measure_against_mkdocs(runs: int, folder: Path, checkouts: list[Checkout]) -> list[Row]:
    """The seed story's cold build and ``mkdocs build`` of five pages, interleaved.

    With two checkouts MkDocs runs after each one's build, so each checkout's ratio to MkDocs is
    paired run by run, and MkDocs' own current / baseline (the same program twice) shows the noise.
    """
    story = ROOT / "seeds" / SEED_STORY
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(story, folder / "seeds" / story.name)
    for checkout in checkouts:
        (checkout.work(folder) / "content").mkdir(parents=True)
        shutil.copy2(ROOT / "content" / "site.yaml", checkout.work(folder) / "content" / "site.yaml")
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
    ours: list[list[Run]] = [[] for _ in checkouts]
    theirs: list[list[Run]] = [[] for _ in checkouts]
    first: list[list[Run]] = [[] for _ in checkouts]
    empty_cache = folder / "empty-user-cache"
    for _ in range(runs):
        for checkout, mine, mkdocs in zip(checkouts, ours, theirs, strict=True):
            _clean(checkout.work(folder))
            mine.append(checkout.build(folder))
            mkdocs.append(_timed([sys.executable, "-m", "mkdocs", "build", "--quiet", "--clean"], folder / "mkdocs"))
        for checkout, machine_first in zip(checkouts, first, strict=True):
            _clean(checkout.work(folder))
            shutil.rmtree(empty_cache, ignore_errors=True)
            machine_first.append(checkout.build(folder, {"XDG_CACHE_HOME": str(empty_cache)}))
    progress("seed story vs mkdocs done")
    return [("seed story (5 articles): cold build", ours), ("mkdocs build, five pages", theirs),
            ("seed story: cold build, empty user cache (a machine's first build)", first)]


def _clean(folder: Path) -> None:
    """Remove everything a build wrote, so the next build is cold."""
    shutil.rmtree(folder / "site", ignore_errors=True)
    shutil.rmtree(folder / ".newsdigest-cache", ignore_errors=True)
    for story in (folder / "content").glob("*/"):
        shutil.rmtree(story)


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


def format_table(rows: list[Row], labels: list[str]) -> str:
    """The Markdown table; with two checkouts (baseline, current), side by side with their ratios."""
    if len(labels) == 2:
        return _comparison_table(rows, labels)
    lines = ["| build | median wall (s) | runs (s) | median peak memory (MB) |", "|---|---:|---|---:|"]
    for label, (runs,) in rows:
        lines.append(f"| {label} | {_median_s(runs):.2f} | {_times(runs)} | {_median_mb(runs):.0f} |")
    ours = dict(rows).get("seed story (5 articles): cold build")
    theirs = dict(rows).get("mkdocs build, five pages")
    if ours and theirs:
        lines.append(f"\nseed story cold build / mkdocs build of five pages: {_against(ours[0], theirs[0])}")
    return "\n".join(lines)


def _comparison_table(rows: list[Row], labels: list[str]) -> str:
    """Both checkouts' medians and runs in one row per measurement, with current / baseline for each.

    "pair by pair" is the median of the ratios of builds run one after the other, which a slow spell
    of the machine moves less than the medians.
    """
    base, current = labels
    lines = [f"| build | wall (s), {base} | wall (s), {current} | current / baseline | pair by pair | "
             f"runs (s), {base} | runs (s), {current} | peak MB, {base} | peak MB, {current} | "
             "memory, current / baseline |", "|---|---:|---:|---:|---:|---|---|---:|---:|---:|"]
    for label, (old, new) in rows:
        paired = statistics.median(b.seconds / a.seconds for a, b in zip(old, new, strict=True))
        lines.append(f"| {label} | {_median_s(old):.2f} | {_median_s(new):.2f} | "
                     f"**{_median_s(new) / _median_s(old):.2f}** | {paired:.2f} | {_times(old)} | {_times(new)} | "
                     f"{_median_mb(old):.0f} | {_median_mb(new):.0f} | {_median_mb(new) / _median_mb(old):.2f} |")
    ours = dict(rows).get("seed story (5 articles): cold build")
    theirs = dict(rows).get("mkdocs build, five pages")
    if ours and theirs:
        lines.append("\nMkDocs runs after each checkout's seed build: its row is the same program twice, its ratio "
                     "the noise of this run.")
        for label, mine, mkdocs in zip(labels, ours, theirs, strict=True):
            lines.append(f"\nseed story cold build / mkdocs build of five pages, {label}: {_against(mine, mkdocs)}")
    return "\n".join(lines)


def _against(ours: list[Run], theirs: list[Run]) -> str:
    """The ratio of the medians, and run by run, since one slow run of either moves the medians' ratio."""
    ratio = _median_s(ours) / _median_s(theirs)
    paired = sorted(a.seconds / b.seconds for a, b in zip(ours, theirs, strict=True))
    quarter = len(paired) // 4
    return (f"**{ratio:.2f}** (ratio of the medians; run by run, interleaved: median {statistics.median(paired):.2f}, "
            f"middle half {paired[quarter]:.2f} to {paired[-1 - quarter]:.2f})")


def _median_s(runs: list[Run]) -> float:
    return statistics.median(r.seconds for r in runs)


def _median_mb(runs: list[Run]) -> float:
    return statistics.median(r.peak_mb for r in runs)


def _times(runs: list[Run]) -> str:
    return ", ".join(f"{r.seconds:.2f}" for r in runs)


def results_page(table: str, args: argparse.Namespace) -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                            check=False).stdout.strip() or "unknown"
    command = f"python bench/speed.py --sizes {' '.join(map(str, args.sizes))} --runs {args.runs}"
    if args.baseline:
        baseline = subprocess.run(["git", "rev-parse", "--short", args.baseline], cwd=ROOT, capture_output=True,
                                  text=True, check=False).stdout.strip()
        edited = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                                capture_output=True, text=True, check=False).stdout.strip()
        command += f" --baseline {args.baseline}"
        commit += f"{' plus uncommitted changes' if edited else ''} against baseline {baseline}"
    return (f"# Build speed\n\nMeasured with `{command}` at commit {commit} on {os.cpu_count()} cores ({cpu}), "
            f"Python {platform.python_version()}, {platform.system()}.\n\n{table}\n")


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
