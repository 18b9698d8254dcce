"""The build, stage by stage: scan the inputs, plan, digest and render what changed, publish.

1. **Scan** (standard library only, :mod:`.inputs`): story folders, file hashes, templates,
   settings. When the plan says nothing changed and every generated file is in place, the build
   stops there, having imported nothing heavy.
2. **Plan** (:mod:`.plan`): for each story, whether it must be digested again and whether its
   pages must be rendered again, from content hashes recorded in the cache (:mod:`.cache`).
3. **Digest and render** (:mod:`.jobs`): each story that needs it, in worker processes when
   there are several.
4. **Publish** (:mod:`.output`): new pages are staged beside ``site/`` and generated content
   beside ``content/``; only when every file is ready are they moved into place, as one commit
   (:mod:`.commit`). A failure at any point leaves ``site/`` and ``content/`` as they were; a
   build killed mid-commit is finished by the next one.

Before all of it, :mod:`.places` refuses output folders that would overwrite the input or files
newsdigest did not write.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, one_line
from .cache import BuildCache, StoryRecord, file_stats, pack_lines
from .inputs import Inputs, Seen, StoryInput, code_digest, scan, story_folders
from .jobs import RootJob, StoryJob, StoryResult, Theme, environment, render_root_pages, run_jobs, source_date_epoch
from .output import ContentWriter, SiteWriter, commit_outputs, recover_outputs, unknown_entries
from .places import check_places
from .plan import Plan, make_plan, render_key, root_key, site_key

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BuildOptions:
    """Where to read and write, and how strict to be."""

    seeds: Path
    content: Path
    site: Path
    templates: Path
    """The project's own templates, overriding the default theme file by file; need not exist."""
    strict: bool = False
    quiet: bool = False
    jobs: int = 0
    """Worker processes; 0 means one per core."""
    cache: Path | None = None

    @property
    def theme(self) -> tuple[Path, ...]:
        """The folders templates are looked up in: the project's ``templates/``, then the default theme."""
        from ..site.theme import theme_folders

        return theme_folders(self.templates)

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
    files_written: int = 0
    seconds: float = 0.0
    changed: bool = True
    warnings: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    """Edits that name no fact, event or claim (``check`` lists them and fails)."""
    to_review: int = 0
    """Items ``newsdigest review`` lists: what an editor has not yet corrected or confirmed."""


def build(options: BuildOptions, progress: Progress | None = None) -> BuildReport:
    """Rebuild content and site from the seeds; raise InputError, leaving both untouched, on bad input."""
    started = time.perf_counter()
    report = BuildReport()
    check_places(options.seeds, options.content, options.site, options.templates)
    source_date_epoch()  # a malformed value stops the build before it writes anything
    notes = recover_outputs(options.site, options.content)
    cache = BuildCache.load(options.cache_dir, code_digest())
    inputs = scan(options.seeds, options.content, options.theme, _seen(cache))
    plan = make_plan(inputs, cache, options.content, options.site)
    report.stories = len(inputs.stories)
    report.warnings = notes
    if plan.nothing_to_do(cache):
        report.changed = False
        report.warnings += [w for s in inputs.stories for w in cache.stories[s.slug].warnings]
        report.warnings += unknown_entries(options.site, {s.slug for s in inputs.stories} | set(plan.root_names))
        report.to_review = _to_review(cache, inputs)
        if _refresh_stamps(cache, inputs):
            cache.save()
        if options.strict:  # the warnings of the build that made this site still stand
            fail_on_warnings(report.warnings)
        return _timed(report, started)
    _publish(options, inputs, cache, plan, report, progress)
    return _timed(report, started)


def _timed(report: BuildReport, started: float) -> BuildReport:
    report.seconds = time.perf_counter() - started
    report.warnings = [one_line(w) for w in report.warnings]  # a name or an id may hold a newline
    return report


def _seen(cache: BuildCache) -> dict[str, Seen]:
    """What the last build learned about each story folder, so an untouched one is not read again."""
    from .cache import unpack_lines

    seen: dict[str, Seen] = {}
    for slug, r in cache.stories.items():
        if r.source and r.lines:
            with contextlib.suppress(ValueError):  # keys damaged by hand: the story is read again
                seen[slug] = Seen(r.stamp, r.source, r.manifest, unpack_lines(r.lines))
    return seen


def _publish(options: BuildOptions, inputs: Inputs, cache: BuildCache, plan: Plan, report: BuildReport,
             progress: Progress | None) -> None:
    """Digest and render what the plan says, stage the root pages, then move everything into place."""
    from ..content.config import load_site_config
    from ..content.files import GENERATED

    config = load_site_config(options.content)
    theme = _theme(options)
    single = len(inputs.stories) == 1
    with ContentWriter(options.content) as content_out, SiteWriter(options.site) as site_out:
        jobs = [StoryJob(s.slug, str(s.folder), options.seeds, options.content, options.site, theme,
                         inputs.furniture & s.line_hashes, plan.stories[s.slug].redigest,
                         str(site_out.stage), config, single,
                         bool(s.manifest) and cache.stories.get(s.slug, StoryRecord()).manifest == s.manifest)
                for s in inputs.stories if plan.stories[s.slug].render]
        by_slug = {s.slug: s for s in inputs.stories}
        for result in run_jobs(jobs, options.jobs, progress):
            _record(cache, result, by_slug[result.slug], inputs, plan, report, content_out)
        cards = [{k: v for k, v in cache.stories[s.slug].meta.items() if k != "review"} | {"slug": s.slug}
                 for s in inputs.stories]  # the review count is no page's business
        root = RootJob(options.site, theme, config, cards, single, str(site_out.stage))
        new_root_key = root_key(inputs, root)
        if cache.root != new_root_key or not plan.root_present:
            cache.root, cache.root_warnings = new_root_key, render_root_pages(root)
        report.warnings += cache.root_warnings
        report.warnings += [w for s in inputs.stories for w in cache.stories[s.slug].warnings]
        entries = {s.slug for s in inputs.stories} | set(plan.root_names)
        report.warnings += site_out.unknown(entries)
        if options.strict:
            fail_on_warnings(report.warnings)
        report.files_written, notes = commit_outputs(content_out, site_out, entries)
        report.warnings += notes
    for story in inputs.stories:  # what the files written now look like, in place
        record = cache.stories[story.slug]
        if record.content and not record.stats:
            record.stats = file_stats(options.content / story.slug, list(GENERATED))
    # HTML pages: each story's (with the front page, for a one-story site), the 404 page, the index pages.
    report.pages = sum(1 for s in inputs.stories for p in cache.stories[s.slug].pages if p.endswith(".html"))
    report.pages += sum(1 for n in plan.root_names if n.endswith(".html") and not (single and n == "index.html"))
    report.to_review = _to_review(cache, inputs)
    _refresh_stamps(cache, inputs)
    cache.site = site_key(inputs, [cache.stories[s.slug].render for s in inputs.stories])
    cache.save()


def _theme(options: BuildOptions) -> Theme:
    """The theme, with every template compiled before any story is worked on: an error names its file
    and line once. Compiled templates are kept in the build cache, in a folder named after the Jinja
    release (Jinja's own check covers the Python version and each template's text)."""
    import jinja2

    from ..site.render import check_templates

    theme = Theme(options.theme, options.strict, options.cache_dir / f"jinja-{jinja2.__version__}")
    check_templates(environment(theme))
    return theme


def _record(cache: BuildCache, result: StoryResult, story: StoryInput, inputs: Inputs, plan: Plan,
            report: BuildReport, content_out: ContentWriter) -> None:
    """Keep a story's new generated files for the commit and remember what the build did for it."""
    from ..content.files import GENERATED

    previous = cache.stories.get(result.slug, StoryRecord())
    if result.texts is not None:
        for name in GENERATED:
            content_out.write(result.slug, name, result.texts[name])
        report.digested += 1
    report.rendered += 1
    cache.stories[result.slug] = StoryRecord(
        input=plan.stories[result.slug].input_key, source=story.files_hash, manifest=story.manifest, stamp=story.stamp,
        lines=pack_lines(story.line_hashes), content=result.content,
        stats=previous.stats if result.texts is None else {},  # files written now are stat-ed once in place
        render=render_key(inputs, story, result.content), pages=result.pages, meta=result.meta,
        warnings=result.warnings)


def _to_review(cache: BuildCache, inputs: Inputs) -> int:
    """How many review items the stories' last renders counted."""
    return sum(int(cache.stories[s.slug].meta.get("review", 0)) for s in inputs.stories)


def _refresh_stamps(cache: BuildCache, inputs: Inputs) -> bool:
    """Keep the stamps of stories touched but not changed, so the next build need not read them."""
    changed = False
    for story in inputs.stories:
        record = cache.stories.get(story.slug)
        if record and record.source == story.files_hash and record.stamp != story.stamp:
            record.stamp, changed = story.stamp, True
    return changed


def fail_on_warnings(warnings: list[str]) -> None:
    """Under ``--strict`` the first warning is an error, reported the same way as bad input."""
    warnings = [w for w in warnings if ": note: " not in w]  # what a build did itself is no warning
    if warnings:
        where, _, message = warnings[0].partition(": warning: ")
        raise InputError(where, None, f"warning treated as an error under --strict: {message}")


def check(options: BuildOptions) -> BuildReport:
    """Validate seeds, content and templates without writing anything."""
    from ..content.config import load_site_config
    from ..content.edits import read_edits
    from ..digest.ingest.ingest import read_story
    from ..site.render import check_templates, make_environment

    report = BuildReport()
    load_site_config(options.content)
    check_templates(make_environment(options.theme, options.strict))
    stories = [read_story(folder, options.seeds) for folder in story_folders(options.seeds)]
    for files in stories:
        read_edits(options.content / files.slug)
        report.warnings += [*files.warnings, *(f"{a.path}: warning: {n}" for a in files.articles for n in a.notes)]
    if options.strict:
        fail_on_warnings(report.warnings)
    report.stories = len(stories)
    report.warnings = [one_line(w) for w in report.warnings]
    report.stale = [one_line(w) for w in stale_edits(options)]
    return report


def stale_edits(options: BuildOptions) -> list[str]:
    """Every edit, in every story, that names no fact, event or claim of what the seeds make now."""
    from ..content.edits import read_edits
    from ..content.story import story_content

    stale: list[str] = []
    for slug, _, texts in current_texts(options, lambda slug: (options.content / slug / "edits.yaml").is_file()):
        edits, edits_path = read_edits(options.content / slug)
        stale += story_content(slug, texts, edits, edits_path).stale
    return stale


def current_texts(options: BuildOptions, wanted: Callable[[str], bool] = lambda slug: True
                  ) -> Iterator[tuple[str, Path, dict[str, str]]]:
    """Each wanted story's slug, seeds folder and generated files as the seeds make them now, for
    commands that build nothing.

    Read from ``content/`` when the last build made them from these seeds, else digested in memory;
    nothing is written either way.
    """
    from ..content.files import GENERATED, generated_files
    from ..digest.stages import digest_story

    cache = BuildCache.load(options.cache_dir, code_digest())
    inputs = scan(options.seeds, options.content, options.theme, _seen(cache))
    plan = make_plan(inputs, cache, options.content, options.site)
    for story in inputs.stories:
        if not wanted(story.slug):
            continue
        folder = options.content / story.slug
        if plan.stories[story.slug].redigest:
            texts = generated_files(digest_story(story.folder, options.seeds, inputs.furniture & story.line_hashes))
        else:
            texts = {name: (folder / name).read_text(encoding="utf-8") for name in GENERATED}
        yield story.slug, story.folder, texts
