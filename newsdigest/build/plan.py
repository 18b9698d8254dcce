"""The plan: which stories to digest again, which to render again, and whether the site is complete.

Every decision compares content hashes with what the cache recorded for the last successful
build. A story is digested again when its articles, its manifest, the furniture it shares with
other stories or newsdigest's own code changed, or when its generated files on disk no longer
hold what the cache recorded. Its pages are rendered again when its content, its edits, the
templates or the settings changed, or when one of its pages is missing from ``site/``.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import BuildCache, StoryRecord, files_match, key, pages_present
from .inputs import Inputs, StoryInput
from .output import index_names

if TYPE_CHECKING:
    from .jobs import RootJob


@dataclass(frozen=True)
class StoryPlan:
    """What one story needs this build."""

    redigest: bool
    render: bool
    input_key: str
    render_key: str
    """The key its pages were rendered from; "" when it is digested now and the key is not yet known."""


@dataclass(frozen=True)
class Plan:
    """What the whole build needs."""

    stories: dict[str, StoryPlan]
    site_key: str
    root_names: tuple[str, ...]
    """The site's entries besides the story folders: feed, sitemap, 404 page, index pages, static files."""
    root_present: bool

    def nothing_to_do(self, cache: BuildCache) -> bool:
        """True when no story needs work, the site was built from these inputs and no file is missing."""
        return (not any(p.redigest or p.render for p in self.stories.values()) and cache.site == self.site_key
                and self.root_present)


def make_plan(inputs: Inputs, cache: BuildCache, content: Path, site: Path) -> Plan:
    """Decide, story by story, what this build must do."""
    stories = {}
    # The same stories with the same files as the last build share the same furniture, so each input key is
    # the one recorded: no story's line keys need unpacking (they are most of a no-op's work otherwise).
    same = set(cache.stories) == {s.slug for s in inputs.stories} and all(
        cache.stories[s.slug].source == s.files_hash and cache.stories[s.slug].input for s in inputs.stories)
    for story in inputs.stories:
        record = cache.stories.get(story.slug, StoryRecord())
        input_key = record.input if same else \
            key(inputs.code, story.files_hash, *sorted(k.hex() for k in story.line_hashes & inputs.furniture))
        redigest = record.input != input_key or not files_match(content / story.slug, record.content, record.stats)
        story_render_key = "" if redigest else render_key(inputs, story, record.content)
        render = redigest or record.render != story_render_key or not pages_present(site / story.slug, record.pages)
        stories[story.slug] = StoryPlan(redigest, render, input_key, story_render_key or record.render)
    names = root_names(inputs.theme_folders, len(inputs.stories))
    single = len(inputs.stories) == 1
    # A one-story site's front page is the story's, checked with its pages.
    present = pages_present(site, [n for n in names if not (single and n == "index.html")])
    return Plan(stories, site_key(inputs, [stories[s.slug].render_key for s in inputs.stories]), names, present)


def root_names(theme: tuple[Path, ...], stories: int) -> tuple[str, ...]:
    """The entries at the site's root besides the story folders."""
    static = ("static",) if any((folder / "static").is_dir() for folder in theme) else ()
    return ("404.html", "feed.xml", "sitemap.xml", *index_names(stories if stories > 1 else 1), *static)


def render_key(inputs: Inputs, story: StoryInput, content: dict[str, str]) -> str:
    """What a story's pages are made from: its generated files, its edits, the templates and settings."""
    files = (f"{name}:{file_hash}" for name, file_hash in sorted(content.items()))
    return key(inputs.code, inputs.templates, inputs.settings, story.edits, *files)


def site_key(inputs: Inputs, render_keys: list[str]) -> str:
    """What the site as a whole was built from: every story's render key, the templates and settings."""
    return key(inputs.code, inputs.templates, inputs.settings, os.environ.get("SOURCE_DATE_EPOCH", ""),
               *(f"{s.slug}:{k}" for s, k in zip(inputs.stories, render_keys, strict=True)))


def root_key(inputs: Inputs, job: RootJob) -> str:
    """What the root pages show: each story's card, the templates and the settings (not the stories' bodies)."""
    return key(inputs.code, inputs.templates, inputs.settings, str(job.single), str(job.theme.strict), job.updated,
               json.dumps(job.cards, sort_keys=True, ensure_ascii=False))
