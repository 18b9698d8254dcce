"""The work of one story (digest, then render) and of the site's root pages, in worker processes or here.

A job carries everything its worker needs as plain, picklable values, so the pool works under
any start method (``fork``, ``forkserver``, ``spawn``): a worker imports the package afresh and
reads nothing from the parent but the job. Pages are written into the build's staging folder;
generated content comes back to the parent, which stages it (see :mod:`.output`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .inputs import sha
from .output import stage_file

if TYPE_CHECKING:
    import jinja2

    from ..content.config import SiteConfig

PARALLEL_FROM = 4
"""With fewer stories to work on than this, worker processes cost more than they save."""
CHUNK = 4
"""Stories handed to a worker process at a time."""


@dataclass(frozen=True)
class Theme:
    """The templates pages are rendered with, and where their compiled form is kept between builds."""

    folders: tuple[Path, ...]
    """Looked up in order: the project's ``templates/``, then the default theme."""
    strict: bool
    cache: Path


@dataclass(frozen=True)
class StoryJob:
    """The work one story needs, sent to a worker process."""

    slug: str
    folder: str
    seeds: Path
    content: Path
    site: Path
    theme: Theme
    furniture: frozenset[bytes]
    """Keys of this story's lines that other stories share: page furniture."""
    redigest: bool
    """Digest the articles again (else the generated files in ``content/`` are read back)."""
    stage: str
    config: SiteConfig
    single: bool
    """The site has only this story, so its summary is also the front page."""
    manifest_checked: bool = False
    """The story.yaml bytes are those a successful build validated: no need to validate them again."""


@dataclass
class StoryResult:
    """A worker's answer: generated files (when digested), pages written, the story's card, warnings."""

    slug: str
    texts: dict[str, str] | None
    content: dict[str, str]
    """Each generated file's hash."""
    pages: list[str]
    meta: dict[str, Any]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RootJob:
    """The site's root pages: index pages, feed, sitemap, 404 page and static files."""

    site: Path
    theme: Theme
    config: SiteConfig
    cards: list[dict[str, Any]]
    single: bool
    stage: str

    @property
    def updated(self) -> str:
        """The feed's timestamp: SOURCE_DATE_EPOCH when set, else the newest story's date; never the clock."""
        epoch = source_date_epoch()
        if epoch is not None:
            return dt.datetime.fromtimestamp(epoch, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        dates = [c["published"] for c in self.cards if c.get("published")]
        return (max(dates) if dates else "1970-01-01") + "T00:00:00Z"


MAX_EPOCH = 253_402_300_799
"""9999-12-31T23:59:59Z, the last second a timestamp can name."""


def source_date_epoch() -> int | None:
    """``SOURCE_DATE_EPOCH`` in seconds; None when unset or empty, InputError when malformed.

    reproducible-builds.org asks that a malformed value stop the build rather than be ignored:
    a build that silently fell back to another date would not be the reproducible one asked for.
    """
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if not value:
        return None
    if not re.fullmatch(r"[0-9]+", value) or int(value) > MAX_EPOCH:
        shown = value if len(value) <= 30 else value[:27] + "..."
        raise InputError("SOURCE_DATE_EPOCH", None, f"should be a whole number of seconds since 1970-01-01 "
                         f"(0 to {MAX_EPOCH}), not '{shown}'; unset it or set it to, say, the last commit's time")
    return int(value)


def run_jobs(jobs: list[StoryJob], workers: int, progress: Callable[[int, int], None] | None
             ) -> Iterator[StoryResult]:
    """Run story jobs, in worker processes when there are enough of them; results in job order."""
    workers = workers or os.cpu_count() or 1
    if not jobs:
        return
    if workers > 1 and len(jobs) >= PARALLEL_FROM:
        from concurrent.futures import ProcessPoolExecutor  # imported only when there is parallel work

        with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
            # Small chunks: at the end a worker waits for at most one chunk of the other's (a big chunk
            # left one core idle for seconds), and four stories a task still amortise the hand-off.
            results: Iterator[StoryResult] = pool.map(run_story, jobs, chunksize=CHUNK)
            for n, result in enumerate(results, start=1):
                yield result
                if progress:
                    progress(n, len(jobs))
        return
    for n, job in enumerate(jobs, start=1):
        yield run_story(job)
        if progress:
            progress(n, len(jobs))


def run_story(job: StoryJob) -> StoryResult:
    """Digest (when its inputs changed) and render one story, writing its pages into the staging folder."""
    texts, warnings = _generated_files(job)
    result = render_story(job, texts)
    result.texts = texts if job.redigest else None
    result.warnings = warnings + result.warnings
    return result


def _generated_files(job: StoryJob) -> tuple[dict[str, str], list[str]]:
    """A story's generated files: digested now when its inputs changed, else read back from content/."""
    from ..content.files import GENERATED, generated_files
    from ..digest.stages import digest_story

    if job.redigest:
        digested = digest_story(Path(job.folder), job.seeds, job.furniture, validate=not job.manifest_checked)
        return generated_files(digested), list(digested.warnings)
    folder = job.content / job.slug
    return {name: (folder / name).read_text(encoding="utf-8") for name in GENERATED}, []


def render_story(job: StoryJob, texts: dict[str, str]) -> StoryResult:
    """Render one story's pages from its generated files and edits into the staging folder.

    The result carries no texts (the caller has them) and only the rendering's warnings.
    """
    from ..content.edits import read_edits
    from ..content.files import GENERATED
    from ..content.story import story_content
    from ..findings import findings
    from ..site.render import story_pages, summary_page, template_warnings

    edits, edits_path = read_edits(job.content / job.slug)
    content = story_content(job.slug, texts, edits, edits_path)
    warnings = list(content.warnings)
    env = environment(job.theme)
    pages = story_pages(env, content, job.config)
    if job.single:  # a one-story site opens on the story; kept with the story's pages
        pages["../index.html"] = summary_page(env, content, job.config, root="", story_root=f"{job.slug}/")
    warnings += template_warnings()  # kept with the story, so a cached story still reports them
    for name, data in pages.items():
        stage_file(job.site, Path(job.stage), f"{job.slug}/{name}", data)
    meta = {"title": content.title, "dek": content.dek, "published": content.published,
            "sources": len(content.sources), "review": len(findings(content, edits))}
    return StoryResult(job.slug, None, {name: sha(texts[name].encode("utf-8")) for name in GENERATED},
                       sorted(pages), meta, warnings)


def render_root_pages(job: RootJob) -> list[str]:
    """Stage the site's root files; returns the templates' warnings."""
    from ..site.render import site_pages, static_files, template_warnings

    files = site_pages(environment(job.theme), job.cards, job.config, job.updated, job.single)
    files.update(static_files(job.theme.folders))
    for name, data in files.items():
        stage_file(job.site, Path(job.stage), name, data)
    return template_warnings()


_ENVIRONMENTS: dict[Theme, jinja2.Environment] = {}


def environment(theme: Theme) -> jinja2.Environment:
    """One Jinja environment per process and theme: each template is compiled once per process, and
    read back compiled from the build cache when an earlier build compiled the same text."""
    from ..site.render import make_environment

    if theme not in _ENVIRONMENTS:
        _ENVIRONMENTS[theme] = make_environment(theme.folders, theme.strict, theme.cache)
    return _ENVIRONMENTS[theme]
