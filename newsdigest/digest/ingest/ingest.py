"""Ingest: read a story folder and turn each article into clean sentences.

Reading (``read_story``) touches the disk; cleaning (``clean_story``) is a pure function of what
was read, so it can run in a worker process and be cached by content hash. Cleaning decodes,
re-joins paragraphs a paste broke across lines, sorts every line into story or furniture (see
:mod:`newsdigest.boilerplate`), and splits the story lines into sentences.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ...content.yamlfile import key_line, load_yaml
from ...errors import InputError
from ...model import ARTICLE_SUFFIXES, Article, ArticleMeta, Manifest, RawArticle, Removed, Sentence, Story
from ...readfile import ARTICLE_LIMIT, YAML_LIMIT, read_input
from ...slugs import slug, story_slug
from ..timeline import most_common_date
from .boilerplate import LineInfo, classify_story
from .decode import decode_article
from .language import other_language
from .lineshape import shape_reason
from .markup import markdown_lines, plain_lines
from .sentences import split_sentences
from .stamps import article_published

MAX_ARTICLES = 20_000


@dataclass(frozen=True)
class StoryFiles:
    """A story folder as read from disk: its slug, manifest and decoded articles."""

    slug: str
    folder: str
    manifest: Manifest
    articles: tuple[RawArticle, ...]
    warnings: tuple[str, ...] = ()


def article_paths(folder: Path, seeds_root: Path) -> list[Path]:
    """The article files of a story folder, sorted by name (hidden files are not articles).

    Each is read with the checks every story file gets (:func:`newsdigest.readfile.read_input`):
    a link out of ``seeds_root``, a pipe or a folder named like an article is refused there.
    """
    paths = sorted((p for p in folder.iterdir() if not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES),
                   key=lambda p: p.name)
    if len(paths) > MAX_ARTICLES:
        raise InputError(folder, None, f"holds {len(paths)} articles; a story can have at most {MAX_ARTICLES}")
    return paths


def read_manifest(folder: Path, validate: bool = True, seeds_root: Path | None = None) -> Manifest:
    """The story's ``story.yaml``, validated (unless already checked); an absent file is an empty manifest.

    Read with the checks every story file gets (:func:`newsdigest.readfile.read_input`).
    """
    path = folder / "story.yaml"
    if not os.path.lexists(path):
        return Manifest()
    root = str((seeds_root or folder.parent).resolve())
    text = _yaml_text(path, read_input(str(path), root, YAML_LIMIT, "a hand-written YAML file"))
    data = load_yaml(path, "story" if validate else None, text) or {}
    articles = {}
    for name, meta in (data.get("articles") or {}).items():
        meta = meta or {}
        articles[str(name)] = ArticleMeta(str(name), meta.get("outlet"), meta.get("url"), meta.get("published"))
    currency = data.get("currency")
    return Manifest(data.get("title"), data.get("published"), articles, str(currency).upper() if currency else None)


def _yaml_text(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(path, None, f"not UTF-8 text (byte {err.start}); save it as UTF-8") from None


def read_story(folder: Path, seeds_root: Path, validate: bool = True) -> StoryFiles:
    """Read and decode every article in ``folder``; raise InputError naming the first bad file."""
    manifest = read_manifest(folder, validate, seeds_root)
    paths = article_paths(folder, seeds_root)
    if not paths:
        raise InputError(folder, None, "holds no articles (.txt, .md or .html files)")
    names = {p.name for p in paths}
    missing = [name for name in manifest.articles if name not in names]
    if missing:
        raise _not_there(folder / "story.yaml", missing[0], sorted(names), sorted(names - set(manifest.articles)))
    root = str(seeds_root.resolve())
    articles = []
    for path in paths:
        data = read_input(str(path), root, ARTICLE_LIMIT, "an article")
        meta = manifest.articles.get(path.name, ArticleMeta(path.name))
        articles.append(raw_article(path, data, meta))
    return StoryFiles(story_slug(folder.name), str(folder), manifest, tuple(articles))


def _not_there(manifest: Path, name: str, names: list[str], unlisted: list[str]) -> InputError:
    """story.yaml names an article the folder does not hold: a typo, most often, so say the closest
    name among the articles it does not list yet.

    An error, not a warning: the outlet, url and date written for it would silently go nowhere.
    """
    close = difflib.get_close_matches(name, unlisted, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'?" if close else \
        "the articles here are " + ", ".join(f"'{n}'" for n in names[:6]) + (", ..." if len(names) > 6 else "")
    return InputError(manifest, key_line(manifest, ("articles", name)),
                      f"lists the article '{name}', which is not in this folder ({hint})")


def raw_article(path: Path, data: bytes, meta: ArticleMeta) -> RawArticle:
    """Decode one file and split it into (line, hint) pairs according to its format."""
    decoded = decode_article(path, data)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        from .htmltext import read_html  # most stories have no HTML article

        pairs, page = read_html(decoded.text)  # blocks are explicit in HTML: nothing to re-join
        # What story.yaml says about the article wins; the page fills in what it leaves out.
        meta = replace(meta, outlet=meta.outlet or page.outlet, url=meta.url or page.url,
                       published=meta.published or page.published, title=page.title)
        lines, hints, nums = [p[0] for p in pairs], [p[1] for p in pairs], list(range(1, len(pairs) + 1))
        seams: list[str] = []
    else:
        pairs = markdown_lines(decoded.text) if suffix in (".md", ".markdown") else plain_lines(decoded.text)
        numbers = list(range(1, len(pairs) + 1))
        lines, hints, nums, seams = _rejoin([p[0] for p in pairs], [p[1] for p in pairs], numbers)
    return RawArticle(str(path), meta, tuple(lines), tuple(hints), tuple(nums), decoded.notes, tuple(seams))


_END = re.compile(r"""[.!?:;…"”’)\]]\s*$""")
_CONTINUES = re.compile(r"""^(?:[-–—]\s+)?[a-z(]""")
_DANGLING = {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "but",
             "from", "as", "that", "which", "who", "its", "their", "his", "her", "into", "than"}


def _rejoin(lines: list[str], hints: list[str | None], numbers: list[int]
            ) -> tuple[list[str], list[str | None], list[int], list[str]]:
    """Glue back a paragraph that a paste broke across lines (and blank lines).

    A line joins the previous story line when that one has no closing punctuation and this one
    starts in lower case (or with a dash and lower case), or the previous one ends on a word
    that cannot end a sentence ("at a televised" / "summit convened ..."). A line that is
    furniture by its shape (a byline, a credit) joins nothing, nor does a stray word after a
    blank line ("post-img"). Also returns each seam's text, so that a sentence built across one
    is known to be a repair.
    """
    out: list[str] = []
    seams: list[str] = []
    out_hints: list[str | None] = []
    out_numbers: list[int] = []
    last = -1  # index in ``out`` of the previous non-blank line
    for line, hint, number in zip(lines, hints, numbers, strict=False):
        if not line:
            out.append(line)
            out_hints.append(hint)
            out_numbers.append(number)
            continue
        gap = last < len(out) - 1  # a blank line lies between
        if last >= 0 and hint is None and out_hints[last] is None and _joins(out[last], line) \
                and not (gap and len(line.split()) < 3) and shape_reason(out[last]) is None:
            glue = "" if out[last].endswith("-") and line[:1].islower() else " "
            seams.append(out[last][-12:] + glue + line[:12])
            out[last] = out[last] + glue + line
            del out[last + 1:]
            del out_hints[last + 1:]
            del out_numbers[last + 1:]
            continue
        out.append(line)
        out_hints.append(hint)
        out_numbers.append(number)
        last = len(out) - 1
    return out, out_hints, out_numbers, seams


def _joins(previous: str, line: str) -> bool:
    if _END.search(previous) or len(previous.split()) < 3 or previous.count(" | ") >= 2:
        return False  # a row of links ("News | Jobs | Log in") ends on no sentence: the next line is its own
    last_word = previous.rsplit(None, 1)[-1].lower()
    return bool(_CONTINUES.match(line)) or (last_word in _DANGLING and line[:1].isalpha())


def source_ids(files: StoryFiles) -> dict[str, str]:
    """Each article's source id, from its file name: ``000_c55dafdf.txt`` -> ``s-000-c55dafdf``.

    Never from its position, so adding or removing an article changes no other article's id (and
    no edit that names one). Ids sort as the files do, so sorting ids gives the story's order.
    Two files whose names give one id are an error naming both.
    """
    ids: dict[str, str] = {}
    taken: dict[str, str] = {}
    for raw in files.articles:
        name = Path(raw.path).name
        source = "s-" + (slug(Path(name).stem, 60) or "article")
        if source in taken:
            raise InputError(raw.path, None, f"gets the same source id, '{source}', as '{taken[source]}'; "
                             "rename one of the two files")
        taken[source] = name
        ids[raw.path] = source
    return ids


def clean_story(files: StoryFiles, furniture: frozenset[bytes] = frozenset()) -> Story:
    """Classify every line, keep the story lines, and split them into sentences.

    ``furniture`` holds the keys (:mod:`.linekeys`) of lines seen in other stories' articles: page furniture an
    outlet repeats on every page.
    """
    languages = [other_language("\n".join(a.lines)) for a in files.articles]
    english = [a for a, language in zip(files.articles, languages, strict=True) if language is None]
    infos = iter(classify_story([a.lines for a in english], [a.hints for a in english], [a.numbers for a in english],
                                furniture, [a.meta.outlet for a in english]) if english else [])
    ids = source_ids(files)
    articles = []
    for raw, language in zip(files.articles, languages, strict=True):
        published = raw.meta.published
        if language:  # left out whole, and said so: not sorted line by line into story and furniture
            title = raw.meta.title or next((line for line in raw.lines if line.strip()), None)
            articles.append(Article(ids[raw.path], Path(raw.path).name, raw.meta.outlet, raw.meta.url, published,
                                    title, "", (), (), 0, raw.notes, language))
        else:
            articles.append(_article(ids[raw.path], raw, next(infos), published))
    articles = _date_undated(sorted(articles, key=lambda a: a.id), files.manifest.published)
    return Story(files.slug, files.manifest.title, files.manifest.published, tuple(articles),
                 files.manifest.currency)


def _article(source: str, raw: RawArticle, lines: list[LineInfo], published: dt.date | None) -> Article:
    removed = tuple(Removed(info.text, info.reason, info.line) for info in lines if info.kind == "removed")
    kept = [info for info in lines if info.kind not in ("removed", "blank") and info.text]
    title = raw.meta.title or next((info.text for info in kept if info.kind == "title"), None)
    paragraphs: list[str] = []
    sentences: list[Sentence] = []
    pieces: list[tuple[str, int, int, str]] = []  # (text, paragraph, line, kind)
    for info in kept:
        paragraphs.append(info.text)
        parts = [info.text] if info.kind in ("title", "heading") else split_sentences(info.text)
        for part in parts:
            pieces.append((part, len(paragraphs) - 1, info.line, info.kind))
    total = max(1, len(pieces) - 1)
    for n, (text, paragraph, line, kind) in enumerate(pieces):
        truncated = n == len(pieces) - 1 and kind in ("body", "list") and _cut_off(text)
        sentences.append(Sentence(f"{source}.{n + 1}", source, text, round(n / total, 4), paragraph, line,
                                  "heading" if kind in ("title", "heading") else kind, truncated,
                                  any(seam in text for seam in raw.seams)))
    text = "\n\n".join(paragraphs)
    words = sum(len(s.text.split()) for s in sentences if s.kind != "heading")
    return Article(source, Path(raw.path).name, raw.meta.outlet, raw.meta.url, published, title, text,
                   tuple(sentences), removed, words, raw.notes)


def _date_undated(articles: list[Article], story_date: dt.date | None) -> list[Article]:
    """An article the manifest gives no date takes its own stamp ("date 2025-06-20", a header line
    "Monday 14 July 2025, 6:42pm") or "as of" date,
    else the story's date from story.yaml, else the date most of the others carry. A stamp that reads
    two ways ("06/11/2026": 6 November or 11 June) takes the reading nearer that date.

    Articles about one story appear within days of each other, so relative dates ("last week")
    resolve against the others' date; with none anywhere they stay unresolved, not guessed.
    """
    inferred = {a.id: a.published or article_published(a, story_date) or story_date for a in articles}
    usual = most_common_date(list(inferred.values()))
    for a in articles:  # a stamp read two ways ("06/11/2026"), or a wire dateline's day, is read near the others'
        if inferred[a.id] is None and usual is not None:
            inferred[a.id] = article_published(a, usual)
    return [a if a.published else replace(a, published=inferred[a.id] or usual) for a in articles]


def _cut_off(text: str) -> bool:
    """A last sentence that stops without closing punctuation: the paste ended early."""
    return len(text.split()) >= 6 and not _END.search(text)
