"""The build, as the pipeline reads: find stories, digest each, render, write.

Reading happens first (seeds, content, templates), then the pure stages run (in worker
processes when there are many stories), then everything is written at once by
:mod:`newsdigest.output`, so a failure at any point leaves the previous site and content as
they were.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .boilerplate import normalise_line
from .content import GENERATED, StoryContent, generated_files, read_edits, story_content
from .dedupe import cluster_claims
from .errors import InputError
from .facts import extract_facts
from .ingest import StoryFiles, clean_story, read_story
from .output import ContentWriter, SiteWriter, check_output_folder
from .render import check_templates, load_site_config, make_environment, site_pages, static_files, story_pages
from .summarize import MAX_CLAIMS, summarize
from .timeline import build_timeline

_SLUG = re.compile(r"^[\w][\w.\-]*$")


@dataclass(frozen=True)
class BuildOptions:
    """Where to read and write, and how strict to be."""

    seeds: Path
    content: Path
    site: Path
    templates: Path
    strict: bool = False
    quiet: bool = False


@dataclass
class BuildReport:
    """What a build did, for the one-line summary and the tests."""

    stories: int = 0
    pages: int = 0
    content_changed: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def story_folders(seeds: Path) -> list[Path]:
    """The story folders under ``seeds``, sorted; a name that cannot be a web address is an error."""
    if not seeds.is_dir():
        raise InputError(seeds, None, "the seeds folder does not exist" if not seeds.exists()
                         else "the seeds path is a file, not a folder")
    # Hidden folders (".git", ".cache") are not stories; a name of dots ("...") is a mistake to report.
    folders = sorted((p for p in seeds.iterdir() if p.is_dir() and not re.match(r"^\.\w", p.name)),
                     key=lambda p: p.name)
    seen: dict[str, Path] = {}
    for folder in folders:
        name = unicodedata.normalize("NFC", folder.name)
        if not _SLUG.match(name) or ".." in name:
            raise InputError(folder, None, "a story folder's name becomes its web address, so it may hold only "
                             "letters, digits, '-', '_' and '.' (no spaces, no '..'); rename it, e.g. to "
                             f"'{_suggest(name)}'")
        if name.lower() in seen:
            raise InputError(folder, None, f"differs only in upper/lower case from '{seen[name.lower()].name}'; "
                             "the two would overwrite each other on many systems")
        seen[name.lower()] = folder
    if not folders:
        raise InputError(seeds, None, "holds no story folders (one folder of articles per story)")
    return folders


def _suggest(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "-", name).strip("-.").replace("..", ".") or "my-story"


def shared_lines(stories: list[StoryFiles]) -> frozenset[str]:
    """Lines that appear in articles of two or more stories: the outlets' page furniture."""
    if len(stories) < 2:
        return frozenset()
    counts: Counter[str] = Counter()
    for story in stories:
        lines = {normalise_line(line) for a in story.articles for line in a.lines}
        counts.update(line for line in lines if len(line) >= 12)
    return frozenset(line for line, n in counts.items() if n >= 2)


def digest(files: StoryFiles, furniture: frozenset[str] = frozenset()) -> tuple[dict[str, str], list[str]]:
    """Every pure stage for one story: the generated files' text, and warnings."""
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
    sheet = extract_facts(story, clustering)
    events = build_timeline(story, clustering)
    summary = summarize(story, clustering, sheet.discrepancies)
    if summary.left_out:
        warnings.append(f"{files.folder}: warning: the account keeps the {MAX_CLAIMS} most widely reported claims; "
                        f"about {summary.left_out} rarer ones are left out")
    return generated_files(story, summary, sheet, events), warnings


def build(options: BuildOptions) -> BuildReport:
    """Rebuild content and site from the seeds; raise InputError, leaving both untouched, on bad input."""
    started = time.perf_counter()
    report = BuildReport()
    check_output_folder(options.site, "site")
    check_output_folder(options.content, "content")
    config = load_site_config(options.content)
    env = make_environment(options.templates, options.strict)
    check_templates(env, options.templates)
    stories = [read_story(folder, options.seeds) for folder in story_folders(options.seeds)]
    furniture = shared_lines(stories)
    generated: dict[str, dict[str, str]] = {}
    contents: list[StoryContent] = []
    for files in stories:
        texts, warnings = digest(files, furniture)
        report.warnings += warnings
        edits, edits_path = read_edits(options.content / files.slug)
        content = story_content(files.slug, texts, edits, edits_path)
        report.warnings += content.warnings
        generated[files.slug] = texts
        contents.append(content)
    with ContentWriter(options.content) as content_out, SiteWriter(options.site) as site_out:
        for content in contents:
            for name, data in story_pages(env, content, config).items():
                site_out.write(f"{content.slug}/{name}", data)
                report.pages += name.endswith(".html")
        for name, data in {**site_pages(env, contents, config, _updated(contents)),
                           **static_files(options.templates)}.items():
            site_out.write(name, data)
            report.pages += name.endswith(".html")
        report.warnings += _template_warnings()
        if options.strict:
            fail_on_warnings(report.warnings)
        for slug, texts in generated.items():
            for name in GENERATED:
                content_out.write(slug, name, texts[name])
        report.content_changed = content_out.commit()
        site_out.commit()
    report.stories = len(contents)
    report.seconds = time.perf_counter() - started
    return report


def fail_on_warnings(warnings: list[str]) -> None:
    """Under ``--strict`` the first warning is an error, reported the same way as bad input."""
    if warnings:
        where, _, message = warnings[0].partition(": warning: ")
        raise InputError(where, None, f"warning treated as an error under --strict: {message}")


def _updated(contents: list[StoryContent]) -> str:
    """The feed's timestamp: SOURCE_DATE_EPOCH when set, else the newest story's date; never the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = [c.published for c in contents if c.published]
    return (max(dates) if dates else "1970-01-01") + "T00:00:00Z"


def _template_warnings() -> list[str]:
    from .render import _RecordingUndefined

    names = sorted(set(_RecordingUndefined.missing))
    _RecordingUndefined.missing.clear()
    return [f"templates: warning: undefined value '{n}' rendered as empty text" for n in names]


def check(options: BuildOptions) -> BuildReport:
    """Validate seeds, content and templates without writing anything."""
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
