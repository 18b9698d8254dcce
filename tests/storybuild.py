"""Build pipeline inputs from in-test article texts, the way ``read_story`` would from files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsdigest.digest.ingest import StoryFiles, clean_story, raw_article
from newsdigest.model import ArticleMeta, Manifest, Story


def story_files(texts: dict[str, str], published: dt.date | None = dt.date(2025, 2, 24),
                slug: str = "test-story") -> StoryFiles:
    """A StoryFiles from ``{file name: text}``, each article dated ``published``."""
    articles = tuple(raw_article(Path(slug) / name, text.encode("utf-8"), ArticleMeta(name, published=published))
                     for name, text in texts.items())
    return StoryFiles(slug, slug, Manifest(published=published), articles)


def story(texts: dict[str, str], published: dt.date | None = dt.date(2025, 2, 24)) -> Story:
    """A cleaned Story from in-test article texts."""
    return clean_story(story_files(texts, published))
