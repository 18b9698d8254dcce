"""``newsdigest init [DIR]``: a new project folder, holding only what a user writes.

A project is ``seeds/`` (the articles, one folder per story) and ``content/site.yaml`` (the
site's settings). Everything else is optional or generated: the default theme ships with the
package, and ``content/<story>/``, ``site/`` and the build cache are written by the build. So
``init`` writes those two things, each saying what it is for, and refuses a folder that already
holds a project rather than touch anything in it.
"""

from __future__ import annotations

from pathlib import Path

from .errors import InputError

SEEDS_README = """\
Put the articles here: one folder per story (its name, made into a slug, is the story's web
address: "Zürich flood 2025" is published at zurich-flood-2025/), holding the articles as .txt,
.md or .html files, pasted as they are (sign-ups, ads and other page furniture are removed
and listed on the sources page).
A story.yaml beside them may give the story's title and date and each article's outlet, url
and date. Example:

    seeds/alibaba-ai-investment/01.txt
    seeds/alibaba-ai-investment/02.html
    seeds/alibaba-ai-investment/story.yaml
"""

SITE_YAML = """\
# yaml-language-server: $schema={site_schema}
# Settings for the whole site (hand-written; every key is optional: delete a line to use its default).

# The site's name, shown at the top of every page and in the feed.
title: {title}

# One line about the site, for the feed and search engines.
description: Several reports of one story, read side by side and stated once.

# The public address the site will live at, ending in /. Needed for absolute links in the feed,
# the sitemap and link previews; without it every link is relative and the site works anywhere.
# base_url: https://example.org/news/

# The language the stories are written in, as a tag like en or en-GB.
language: en

# The currency figures are compared in, as an ISO 4217 code like USD or EUR.
currency: USD

# Who publishes the site, for the feed.
author: newsdigest
"""


CONTENT_README = """\
Generated files go here, one folder per story (content/<story>/summary.md, claims.yaml,
facts.yaml, timeline.yaml, sources.yaml): every build rewrites them, so do not edit them.

To correct a story, write content/<story>/edits.yaml; no build ever overwrites it, and
'newsdigest review' prints the exact lines that settle each doubtful item. Start the file with
this line, so that an editor with a YAML language server completes and checks its keys:

# yaml-language-server: $schema={edits_schema}
"""


def schema_uri(name: str) -> str:
    """The address of a JSON Schema shipped with the package, for a ``yaml-language-server`` line."""
    return (Path(__file__).resolve().parent / "content" / "schemas" / f"{name}.json").as_uri()


def is_project(folder: Path) -> bool:
    """True when ``folder`` already holds a newsdigest project: a ``seeds/`` folder or a ``content/site.yaml``."""
    return (folder / "seeds").exists() or (folder / "content" / "site.yaml").exists()


def init_project(folder: Path) -> str:
    """Make a project in ``folder`` (created if needed) and return what to do next.

    Raises InputError, writing nothing, when the folder already holds a project or is a file.
    """
    if folder.exists() and not folder.is_dir():
        raise InputError(folder.absolute(), None, "is a file, not a folder; choose another place for the project")
    if is_project(folder):
        raise InputError(folder.absolute(), None, "already holds a newsdigest project (seeds/ or content/site.yaml); "
                         "run 'newsdigest build' there, or choose an empty folder")
    title = _title(folder)
    (folder / "seeds").mkdir(parents=True)
    (folder / "seeds" / "README.txt").write_text(SEEDS_README, encoding="utf-8")
    (folder / "content").mkdir(exist_ok=True)
    (folder / "content" / "site.yaml").write_text(SITE_YAML.format(title=title, site_schema=schema_uri("site")),
                                                  encoding="utf-8")
    (folder / "content" / "README.txt").write_text(CONTENT_README.format(edits_schema=schema_uri("edits")),
                                                   encoding="utf-8")
    here = folder.resolve() == Path.cwd().resolve()
    go = "" if here else f"cd {folder} && "
    return (f"made a newsdigest project in {'this folder' if here else folder}: seeds/ and content/site.yaml\n"
            f"next: put a story's articles in {Path('seeds') / 'my-story'}/ (one folder per story), "
            f"then run: {go}newsdigest build")


def _title(folder: Path) -> str:
    """The site's first title, from the folder's name; quoted so that any name stays valid YAML."""
    name = folder.resolve().name.replace("-", " ").replace("_", " ").strip() or "newsdigest"
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
