"""The build, as the pipeline reads: scan inputs, digest what changed, render what changed, publish.

1. **Scan** (standard library only): story folders, file hashes, templates, settings. If the cache
   says nothing changed and the site is complete, the build stops here, having imported nothing
   heavy.
2. **Digest** each story whose inputs changed, and **render** each story whose content, edits,
   templates or settings changed; independent stories run in worker processes.
3. **Publish**: new pages are staged beside ``site/`` and generated content beside ``content/``;
   only when every file is ready are the changed story folders and root files swapped in by
   rename. A failure at any point leaves ``site/`` and ``content/`` as they were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import regexes
from .cache import BuildCache, StoryRecord, file_stats, files_match, key, pack_lines, pages_present, unpack_lines
from .errors import InputError
from .inputs import Seen, StoryInput, code_digest, scan, sha, story_folders
from .output import ContentWriter, SiteWriter, check_output_folder, index_names, stage_file

PARALLEL_FROM = 4
"""With fewer stories to work on than this, worker processes cost more than they save."""
CHUNK = 4
"""Stories handed to a worker process at a time."""


@dataclass(frozen=True)
class BuildOptions:
    """Where to read and write, and how strict to be."""

    seeds: Path
    content: Path
    site: Path
    templates: Path
    strict: bool = False
    quiet: bool = False
    jobs: int = 0
    cache: Path | None = None

    @property
    def cache_dir(self) -> Path:
        return self.cache or self.content.absolute().parent / ".newsdigest-cache"


@dataclass
class BuildReport:
    """What a build did, for the one-line summary and the tests."""

    stories: int = 0
    pages: int = 0
    digested: int = 0
    rendered: int = 0
    content_changed: int = 0
    seconds: float = 0.0
    changed: bool = True
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StoryJob:
    """The work one story needs, sent to a worker process."""

    slug: str
    folder: str
    options: BuildOptions
    furniture: frozenset[bytes]
    digest: bool
    stage: str
    settings: dict[str, Any]
    single: bool
    manifest_checked: bool = False


@dataclass
class StoryResult:
    """A worker's answer: generated files (when digested), pages written, the story's card, warnings."""

    slug: str
    texts: dict[str, str] | None
    content: dict[str, str]
    pages: list[str]
    meta: dict[str, Any]
    warnings: list[str]


Progress = Callable[[int, int], None]


def build(options: BuildOptions, progress: Progress | None = None) -> BuildReport:
    """Rebuild content and site from the seeds; raise InputError, leaving both untouched, on bad input."""
    started = time.perf_counter()
    report = BuildReport()
    check_output_folder(options.site, "site")
    check_output_folder(options.content, "content")
    with _helper(options) as helper:
        _build(options, report, helper, progress)
    regexes.save()  # patterns compiled for the first time on this machine, for the next build
    report.seconds = time.perf_counter() - started
    return report


def _helper(options: BuildOptions) -> Any:
    """A helper process forked now, before the scan, which imports the page stack meanwhile (see
    :mod:`newsdigest.forked`); a null context on one core, without fork, or when asked for one job."""
    from .forked import AVAILABLE, ForkedHelper

    if not AVAILABLE or (options.jobs or os.cpu_count() or 1) < 2:
        return contextlib.nullcontext()
    helper = ForkedHelper()
    helper.submit(prepare_pages, options)  # ticket TEMPLATES_READY
    return helper


def _build(options: BuildOptions, report: BuildReport, helper: Any, progress: Progress | None) -> None:
    cache = BuildCache.load(options.cache_dir, code_digest())
    seen = {slug: Seen(r.stamp, r.source, r.manifest, unpack_lines(r.lines))
            for slug, r in cache.stories.items() if r.source and r.lines}
    inputs = scan(options.seeds, options.content, options.templates, seen)
    plan = _plan(options, inputs, cache)
    report.stories = len(inputs.stories)
    site_key = _site_key(inputs, [plan[s.slug][3] for s in inputs.stories])
    if not any(p[0] or p[1] for p in plan.values()) and cache.site == site_key and _root_present(options, inputs):
        report.changed = False
        report.warnings = [w for s in inputs.stories for w in cache.stories[s.slug].warnings]
        if _refresh_stamps(cache, inputs):
            cache.save()
        return  # nothing changed: no import of the heavy stages, nothing written
    if helper is not None and sum(1 for p in plan.values() if p[1]) >= PARALLEL_FROM:
        helper.close()  # the worker pool overlaps everything; its core is theirs
        helper = None
    _publish(options, inputs, cache, plan, report, progress, helper or _Here(options))


def _site_key(inputs: Any, render_keys: list[str]) -> str:
    """What the site as a whole was built from: every story's render key, the templates and settings."""
    return key(inputs.code, inputs.templates, inputs.settings, os.environ.get("SOURCE_DATE_EPOCH", ""),
               *(f"{s.slug}:{k}" for s, k in zip(inputs.stories, render_keys, strict=True)))


def _plan(options: BuildOptions, inputs: Any, cache: BuildCache) -> dict[str, tuple[bool, bool, str, str]]:
    """For each story: (digest?, render?, input key, render key or "" when not yet known)."""
    furniture = inputs.furniture
    plan = {}
    for story in inputs.stories:
        record = cache.stories.get(story.slug, StoryRecord())
        input_key = key(inputs.code, story.digest, *sorted(k.hex() for k in story.line_hashes & furniture))
        digest = record.input != input_key or not files_match(options.content / story.slug, record.content,
                                                              record.stats)
        render_key = "" if digest else _render_key(inputs, story, record.content)
        render = digest or record.render != render_key or not pages_present(options.site / story.slug, record.pages)
        plan[story.slug] = (digest, render, input_key, render_key or record.render)
    return plan


def _render_key(inputs: Any, story: StoryInput, content: dict[str, str]) -> str:
    files = (f"{name}:{digest}" for name, digest in sorted(content.items()))
    return key(inputs.code, inputs.templates, inputs.settings, story.edits, *files)


def _publish(options: BuildOptions, inputs: Any, cache: BuildCache, plan: dict, report: BuildReport,
             progress: Progress | None, pages: Any) -> None:
    from .content import GENERATED, load_site_config

    config = load_site_config(options.content)
    furniture = inputs.furniture
    single = len(inputs.stories) == 1
    with ContentWriter(options.content) as content_out, SiteWriter(options.site) as site_out:
        jobs = []
        for story in inputs.stories:
            digest, render, _, _ = plan[story.slug]
            if render:
                previous = cache.stories.get(story.slug, StoryRecord())
                checked = bool(story.manifest) and previous.manifest == story.manifest
                jobs.append(StoryJob(story.slug, str(story.folder), options, story.line_hashes & furniture, digest,
                                     str(site_out.stage), vars(config), single, checked))
        by_slug = {s.slug: s for s in inputs.stories}
        if not jobs:
            pages.result(TEMPLATES_READY)  # else read before the first story is rendered
        for result in _run(jobs, options.jobs, progress, pages):
            _record(cache, result, by_slug[result.slug], inputs, plan, report, content_out)
        _root_pages(pages, options, inputs, config, cache, str(site_out.stage))
        report.warnings += cache.root_warnings
        report.warnings += [w for s in inputs.stories for w in cache.stories[s.slug].warnings]
        if options.strict:
            fail_on_warnings(report.warnings)
        report.content_changed = content_out.commit()
        site_out.commit({s.slug for s in inputs.stories} | set(_root_names(options, len(inputs.stories))))
    for story in inputs.stories:  # what the files written now look like, in place
        record = cache.stories[story.slug]
        if record.content and not record.stats:
            record.stats = file_stats(options.content / story.slug, list(GENERATED))
    # HTML pages: each story's (with the front page, for a one-story site), the 404 page, the index pages.
    report.pages = sum(1 for s in inputs.stories for p in cache.stories[s.slug].pages if p.endswith(".html"))
    report.pages += 1 + (0 if single else len(index_names(len(inputs.stories))))
    _refresh_stamps(cache, inputs)
    cache.site = _site_key(inputs, [cache.stories[s.slug].render for s in inputs.stories])
    cache.save()


class _Here:
    """Calls run in this process, at once: the stand-in for :class:`ForkedHelper` on one core, and
    for the root pages beside the worker pool (which then inherits the page stack it imports).

    Its first call compiles the templates, so that a template error stops the build at once.
    """

    def __init__(self, options: BuildOptions) -> None:
        self._values: dict[int, Any] = {}
        self.submit(prepare_pages, options)  # ticket TEMPLATES_READY

    def submit(self, function: Callable[..., Any], *args: Any) -> int:
        ticket = len(self._values)
        self._values[ticket] = function(*args)
        return ticket

    def result(self, ticket: int) -> Any:
        return self._values.pop(ticket)


TEMPLATES_READY = 0
"""The ticket of the first call sent where pages are rendered: compiling the templates."""


def prepare_pages(options: BuildOptions) -> None:
    """Import the page stack and the timeline, compile every template (an error names its file and line)."""
    from . import timeline  # noqa: F401 (imported now, while the build's own process is busy)
    from .render import check_templates

    check_templates(_environment(options), options.templates)


def _root_pages(pages: Any, options: BuildOptions, inputs: Any, config: Any, cache: BuildCache, stage: str) -> None:
    """Stage the index, feed, sitemap, 404 page and static files, unless what they show is unchanged.

    They depend only on each story's card (title, dek, date, source count), the templates and the
    settings: an edit to one article's body leaves them as they are, and they are not rewritten.
    """
    single = len(inputs.stories) == 1
    cards = [cache.stories[s.slug].meta | {"slug": s.slug} for s in inputs.stories]
    updated = _updated(cards)
    root_key = key(inputs.code, inputs.templates, inputs.settings, str(single), str(options.strict), updated,
                   json.dumps(cards, sort_keys=True, ensure_ascii=False))
    if cache.root == root_key and _root_present(options, inputs):
        return
    ticket = pages.submit(render_root_pages, options, vars(config), cards, single, updated, stage)
    cache.root, cache.root_warnings = root_key, pages.result(ticket)


def _root_present(options: BuildOptions, inputs: Any) -> bool:
    """Whether the site's root files are all there: one deleted by hand is made again.

    (A one-story site's front page is the story's, checked with its pages.)
    """
    single = len(inputs.stories) == 1
    names = [n for n in _root_names(options, len(inputs.stories)) if not (single and n == "index.html")]
    return pages_present(options.site, names)


def render_root_pages(options: BuildOptions, settings: dict[str, Any], cards: list[dict[str, Any]], single: bool,
                      updated: str, stage: str) -> list[str]:
    """Stage the site's root files (see :func:`_root_pages`); returns the templates' warnings."""
    from .content import SiteConfig
    from .render import site_pages, static_files, template_warnings

    files = site_pages(_environment(options), cards, SiteConfig(**settings), updated, single)
    files.update(static_files(options.templates))
    for name, data in files.items():
        stage_file(options.site, Path(stage), name, data)
    return template_warnings()


def _record(cache: BuildCache, result: StoryResult, story: StoryInput, inputs: Any, plan: dict,
            report: BuildReport, content_out: ContentWriter) -> None:
    from .content import GENERATED

    previous = cache.stories.get(result.slug, StoryRecord())
    if result.texts is not None:
        for name in GENERATED:
            content_out.write(result.slug, name, result.texts[name])
        report.digested += 1
    report.rendered += 1
    cache.stories[result.slug] = StoryRecord(
        input=plan[result.slug][2], source=story.digest, manifest=story.manifest, stamp=story.stamp,
        lines=pack_lines(story.line_hashes), content=result.content,
        stats=previous.stats if result.texts is None else {},  # files written now are stat-ed once in place
        render=_render_key(inputs, story, result.content), pages=result.pages, meta=result.meta,
        warnings=result.warnings)


def _refresh_stamps(cache: BuildCache, inputs: Any) -> bool:
    """Keep the stamps of stories touched but not changed, so the next build need not read them."""
    changed = False
    for story in inputs.stories:
        record = cache.stories.get(story.slug)
        if record and record.source == story.digest and record.stamp != story.stamp:
            record.stamp, changed = story.stamp, True
    return changed


def _run(jobs: list[StoryJob], workers: int, progress: Progress | None, pages: Any) -> Iterator[StoryResult]:
    """Run story jobs, in worker processes when there are enough of them; results in job order.

    With few jobs, this process digests and ``pages`` renders: while the helper renders one story,
    this process digests the next.
    """
    workers = workers or os.cpu_count() or 1
    if len(jobs) >= PARALLEL_FROM and workers > 1:
        yield from _run_pool(jobs, workers, progress)
        return
    sent: tuple[int, StoryJob, dict[str, str] | None, list[str]] | None = None
    for n, job in enumerate(jobs, start=1):
        texts, warnings = digest_job(job, pages)
        if sent:
            yield _collected(pages, *sent)
            if progress:
                progress(n - 1, len(jobs))
        else:
            pages.result(TEMPLATES_READY)  # compiled meanwhile (or the error they raised)
        sent = (pages.submit(render_story, job, texts), job, texts, warnings)
    if sent:
        yield _collected(pages, *sent)
        if progress:
            progress(len(jobs), len(jobs))


def _collected(pages: Any, ticket: int, job: StoryJob, texts: dict[str, str] | None, warnings: list[str]
               ) -> StoryResult:
    """The rendered story's result, with the digest's texts and warnings (kept here, not sent back)."""
    return _with_digest(pages.result(ticket), job, texts, warnings)


def _with_digest(result: StoryResult, job: StoryJob, texts: dict[str, str] | None, warnings: list[str]
                 ) -> StoryResult:
    """A rendered story's result completed with its digest: the texts when digested now, all warnings."""
    result.texts = texts if job.digest else None
    result.warnings = warnings + result.warnings
    return result


def _run_pool(jobs: list[StoryJob], workers: int, progress: Progress | None) -> Iterator[StoryResult]:
    from concurrent.futures import ProcessPoolExecutor  # imported only when there is parallel work
    from multiprocessing import get_context

    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=get_context("fork")) as pool:
        # Small chunks: at the end a worker waits for at most one chunk of the other's (a big chunk
        # left one core idle for seconds), and four stories a task still amortise the hand-off.
        for n, result in enumerate(pool.map(run_story, jobs, chunksize=CHUNK), start=1):
            yield result
            if progress:
                progress(n, len(jobs))


def run_story(job: StoryJob) -> StoryResult:
    """Digest (when its inputs changed) and render one story, writing its pages into the staging folder."""
    texts, warnings = digest_job(job)
    return _with_digest(render_story(job, texts), job, texts, warnings)


def digest_job(job: StoryJob, helper: Any = None) -> tuple[dict[str, str], list[str]]:
    """A story's generated files: digested now when its inputs changed, else read back from content/."""
    from .content import GENERATED

    if job.digest:
        return digest(Path(job.folder), job.options.seeds, job.furniture, not job.manifest_checked, helper)
    folder = job.options.content / job.slug
    return {name: (folder / name).read_text(encoding="utf-8") for name in GENERATED}, []


def render_story(job: StoryJob, texts: dict[str, str]) -> StoryResult:
    """Render one story's pages from its generated files and edits into the staging folder.

    The result carries no texts (the caller has them) and only the rendering's warnings.
    """
    from .content import GENERATED, SiteConfig, read_edits, story_content
    from .render import story_pages, summary_page, template_warnings

    options = job.options
    edits, edits_path = read_edits(options.content / job.slug)
    content = story_content(job.slug, texts, edits, edits_path)
    warnings = list(content.warnings)
    env = _environment(options)
    config = SiteConfig(**job.settings)
    pages = story_pages(env, content, config)
    if job.single:  # a one-story site opens on the story; kept with the story's pages
        pages["../index.html"] = summary_page(env, content, config, root="", story_root=f"{job.slug}/")
    warnings += template_warnings()  # kept with the story, so a cached story still reports them
    for name, data in pages.items():
        stage_file(options.site, Path(job.stage), f"{job.slug}/{name}", data)
    meta = {"title": content.title, "dek": content.dek, "published": content.published,
            "sources": len(content.sources)}
    return StoryResult(job.slug, None, {name: sha(texts[name].encode("utf-8")) for name in GENERATED},
                       sorted(pages), meta, warnings)


_ENVIRONMENTS: dict[tuple[str, bool], Any] = {}


def _environment(options: BuildOptions) -> Any:
    """One Jinja environment per process (templates compiled once, bytecode cached on disk)."""
    from .render import make_environment, template_cache_dir

    slot = (str(options.templates), options.strict)
    if slot not in _ENVIRONMENTS:
        _ENVIRONMENTS[slot] = make_environment(options.templates, options.strict, template_cache_dir())
    return _ENVIRONMENTS[slot]


def digest(folder: Path, seeds: Path, furniture: frozenset[bytes] = frozenset(), validate: bool = True,
           helper: Any = None) -> tuple[dict[str, str], list[str]]:
    """Every pure stage for one story folder: the generated files' text, and warnings.

    ``validate=False`` skips re-validating a ``story.yaml`` whose bytes a successful build already
    checked. With a ``helper`` (:class:`ForkedHelper`), the timeline is built there while the
    facts and the account are made here.
    """
    from .content import generated_files
    from .dedupe import cluster_claims
    from .facts import extract_facts
    from .ingest import clean_story, read_story
    from .summarize import MAX_CLAIMS, summarize
    from .timeline import build_timeline

    files = read_story(folder, seeds, validate)
    story = clean_story(files, furniture)
    warnings = [*files.warnings, *(f"{a.path}: warning: {note}" for a in files.articles for note in a.notes)]
    for article in story.articles:
        if not any(s.kind != "heading" for s in article.sentences):
            warnings.append(f"{files.folder}/{article.file}: warning: nothing in this article reads as part of "
                            "the story (every line was removed); it adds nothing to the digest")
    if not any(s.kind != "heading" for a in story.articles for s in a.sentences):
        raise InputError(files.folder, None, "no article in this story has any text left after removing "
                         "boilerplate; check that these are news articles")
    clustering = cluster_claims(story)
    timeline = helper.submit(build_timeline, story, clustering) if helper else None
    sheet = extract_facts(story, clustering)
    summary = summarize(story, clustering, sheet.discrepancies)
    events = helper.result(timeline) if helper else build_timeline(story, clustering)
    if summary.left_out:
        warnings.append(f"{files.folder}: warning: the account keeps the {MAX_CLAIMS} most widely reported claims; "
                        f"about {summary.left_out} rarer ones are left out")
    return generated_files(story, summary, sheet, events), warnings


def _root_names(options: BuildOptions, stories: int) -> list[str]:
    """The entries at the site's root besides the story folders: feed, sitemap, 404, index pages, static."""
    static = ["static"] if (options.templates / "static").is_dir() else []
    return ["404.html", "feed.xml", "sitemap.xml", *index_names(stories if stories > 1 else 1), *static]


def fail_on_warnings(warnings: list[str]) -> None:
    """Under ``--strict`` the first warning is an error, reported the same way as bad input."""
    if warnings:
        where, _, message = warnings[0].partition(": warning: ")
        raise InputError(where, None, f"warning treated as an error under --strict: {message}")


def _updated(cards: list[dict[str, Any]]) -> str:
    """The feed's timestamp: SOURCE_DATE_EPOCH when set, else the newest story's date; never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = [c["published"] for c in cards if c.get("published")]
    return (max(dates) if dates else "1970-01-01") + "T00:00:00Z"


def check(options: BuildOptions) -> BuildReport:
    """Validate seeds, content and templates without writing anything."""
    from .content import load_site_config, read_edits
    from .ingest import read_story
    from .render import check_templates, make_environment

    report = BuildReport()
    load_site_config(options.content)
    env = make_environment(options.templates, options.strict)
    check_templates(env, options.templates)
    stories = [read_story(folder, options.seeds) for folder in story_folders(options.seeds)]
    for files in stories:
        read_edits(options.content / files.slug)
        report.warnings += [*files.warnings, *(f"{a.path}: warning: {n}" for a in files.articles for n in a.notes)]
    if options.strict:
        fail_on_warnings(report.warnings)
    report.stories = len(stories)
    return report
