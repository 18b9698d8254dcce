"""Render: Jinja2 templates over the content files, to static pages with relative links.

Every output path is decided here, once. Links are relative and name the file
(``timeline/index.html``), so the site works from ``file://`` and from any sub-path. Templates
only loop and branch; numbers, dates and money are formatted by the filters below and the page
data is prepared by :func:`story_pages` (Hugo's rule: templates never compute what the data
layer could).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar

import jinja2
import jinja2.bccache

from ..build.output import INDEX_PAGE, index_names
from ..content.config import SiteConfig
from ..content.story import StoryContent
from ..digest.facts.currencies import currency_table
from ..errors import InputError
from ..readfile import read_regular_file
from .citations import claim_markdown, render_prose
from .compare import Comparison, compare, in_currency, reported_by, story_currency, story_rates
from .comparepage import compare_context
from .exports import compare_csv, facts_json, timeline_json


class _RecordingUndefined(jinja2.Undefined):
    """Renders as empty text but records the name, so a typo in a template is reported, not silent."""

    missing: ClassVar[list[str]] = []

    def __str__(self) -> str:
        _RecordingUndefined.missing.append(self._undefined_name or "?")
        return ""

    def __iter__(self):  # type: ignore[no-untyped-def]
        _RecordingUndefined.missing.append(self._undefined_name or "?")
        return iter(())

    def __bool__(self) -> bool:
        return False


class _BytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in a folder, where a write that fails only costs time and a damaged
    entry only a compile.

    Python's ``marshal`` trusts what it reads (a changed byte can crash the interpreter), so each
    entry starts with a SHA-256 of the rest and is used only when that matches; entries are read
    as regular files only, and written whole (a temporary file, removed when the write fails).
    """

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def _path(self, bucket: jinja2.bccache.Bucket) -> str:
        return os.path.join(self.folder, f"{bucket.key}.bin")

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            data = read_regular_file(self._path(bucket), 64 << 20, "a compiled template")
        except InputError:
            return
        check, payload = data[:32], data[32:]
        if hashlib.sha256(payload).digest() != check:
            return
        try:
            bucket.bytecode_from_string(payload)
        except Exception:  # whatever a damaged entry raises, the template is compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        payload = bucket.bytecode_to_string()
        path = self._path(bucket)
        tmp = f"{path}.{os.getpid()}.tmp"
        try:
            with open(tmp, "wb") as handle:
                handle.write(hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.remove(tmp)


def make_environment(folders: tuple[Path, ...], strict: bool, bytecode: Path | None = None) -> jinja2.Environment:
    """The Jinja environment: autoescape always on, StrictUndefined under ``--strict``.

    ``folders`` are searched in order, file by file (see :func:`.theme.theme_folders`): a project's
    ``story.html`` replaces the theme's while its ``base.html`` and macros still come from the
    theme. ``bytecode`` is a folder where compiled templates are kept between builds (about 40 ms
    a build).
    """
    cache = None
    if bytecode is not None:
        try:
            bytecode.mkdir(parents=True, exist_ok=True)
            cache = _BytecodeCache(str(bytecode))
        except OSError:
            cache = None  # no cache folder: templates compile each build, nothing else changes
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(f) for f in folders]),
        bytecode_cache=cache,
        autoescape=jinja2.select_autoescape(("html", "xml", "svg"), default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined if strict else _RecordingUndefined,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.filters.update(money=money, number=number, when=when, pct=pct)
    return env


def template_warnings() -> list[str]:
    """Undefined values the templates rendered as empty text since the last call (outside --strict)."""
    names = sorted(set(_RecordingUndefined.missing))
    _RecordingUndefined.missing.clear()
    return [f"templates: warning: undefined value '{n}' rendered as empty text" for n in names]


def check_templates(env: jinja2.Environment) -> None:
    """Compile every template now, so a syntax error names its file and line before anything is built."""
    for name in env.list_templates(filter_func=lambda n: n.endswith((".html", ".xml"))):
        try:
            env.get_template(name)
        except jinja2.TemplateSyntaxError as err:
            raise InputError(err.filename or template_path(env, name), err.lineno,
                             f"template error: {err.message}") from None


def template_path(env: jinja2.Environment, name: str) -> str:
    """The file a template name resolves to (the project's override or the theme's), for messages."""
    for folder in getattr(env.loader, "searchpath", ()):
        if (Path(folder) / name).is_file():
            return str(Path(folder) / name)
    return f"templates/{name}"


def render_template(env: jinja2.Environment, name: str, context: dict[str, Any]) -> bytes:
    """One template rendered to UTF-8, with template errors turned into InputError naming the file."""
    try:
        text = env.get_template(name).render(**context)
    except jinja2.UndefinedError as err:
        raise InputError(template_path(env, name), _template_line(err), f"undefined value: {err.message}") from None
    except jinja2.TemplateError as err:
        raise InputError(template_path(env, name), getattr(err, "lineno", None), f"template error: {err}") from None
    return text.encode("utf-8")


def _template_line(err: Exception) -> int | None:
    tb = err.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith((".html", ".xml")):
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


# ----------------------------------------------------------------------------- formatting filters

def number(value: float) -> str:
    """380000000000 -> "380 billion"; 2.5 -> "2.5"; 137897 -> "137,897"."""
    v = float(value)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(v) >= scale:
            return f"{v / scale:,.2f}".rstrip("0").rstrip(".") + " " + word
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def money(value: float, unit: str) -> str:
    """An amount with its currency as a reader expects it: "US$53 billion", "380 billion yuan"."""
    currency = currency_table().currencies.get(unit)
    shown = currency.shown if currency else " " + unit
    return number(value) + shown if shown.startswith(" ") else shown + number(value)


def pct(value: float, unit: str = "%") -> str:
    return f"{number(value)}%" if unit == "%" else f"{number(value)} percentage points" if unit == "pp" \
        else f"{number(value)} {unit}"


def when(date: Any) -> str:
    """A date only as precise as it is: "24 Feb 2025", "February 2025", "2025"."""
    text = str(date)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        d = dt.date.fromisoformat(text)
        return f"{d.day} {d:%b %Y}"
    if re.fullmatch(r"\d{4}-\d\d", text):
        return dt.date.fromisoformat(text + "-01").strftime("%B %Y")
    return text


class SourceLabel(str):
    """An outlet's name as pages show it, with the source's number in the story (1, 2, ...) as ``number``:
    citation markers show the number and name the outlet."""

    number: int

    def __new__(cls, name: str, number: int) -> SourceLabel:
        label = super().__new__(cls, name)
        label.number = number
        return label


def source_labels(sources: list[dict[str, Any]]) -> dict[str, SourceLabel]:
    """Each source id's label, numbered in story order; an outlet the manifest does not name is
    "Unnamed source N"."""
    return {str(s["id"]): SourceLabel(str(s.get("outlet") or f"Unnamed source {n}"), n)
            for n, s in enumerate(sources, start=1)}



def show_figure(fact: dict[str, Any]) -> str:
    """A fact's value as text, by kind."""
    if fact["kind"] == "money":
        return money(fact["value"], fact["unit"])
    if fact["kind"] == "percent":
        return pct(fact["value"], fact["unit"])
    return f"{number(fact['value'])} {fact['unit']}"


# ----------------------------------------------------------------------------- story pages

def story_pages(env: jinja2.Environment, story: StoryContent, config: SiteConfig) -> dict[str, bytes]:
    """Every file under ``site/<story>/``: four pages and three data exports."""
    outlets = source_labels(story.sources)
    comparison = _comparison(story, config)
    base = _base_context(story, config, outlets, comparison)
    pages = {"index.html": summary_page(env, story, config, root="../", story_root="")}
    for path, template, extra in (
        ("timeline/index.html", "timeline.html", _timeline_context(story)),
        ("compare/index.html", "compare.html", compare_context(story, comparison)),
        ("sources/index.html", "sources.html", _sources_context(story)),
    ):
        context = dict(base, **extra, page=path, root="../../", story_root="../")
        pages[path] = render_template(env, template, context)
    pages["facts.json"] = facts_json(story, comparison.currency)
    pages["timeline.json"] = timeline_json(story)
    pages["compare.csv"] = compare_csv(comparison)
    return pages


def summary_page(env: jinja2.Environment, story: StoryContent, config: SiteConfig, root: str, story_root: str
                 ) -> bytes:
    """The summary page; rendered in the story's folder and, for a one-story site, as the front page."""
    outlets = source_labels(story.sources)
    comparison = _comparison(story, config)
    context = dict(_base_context(story, config, outlets, comparison),
                   **_summary_context(story, outlets, comparison, story_root + "sources/index.html"),
                   page="index.html", root=root, story_root=story_root)
    return render_template(env, "story.html", context)


def _comparison(story: StoryContent, config: SiteConfig) -> Comparison:
    """The comparison in the story's currency: story.yaml's, else the one its figures use most."""
    currency = story_currency(story.facts, story.currency, config.currency)
    return compare(story.facts, [s["id"] for s in story.sources], currency)


def _base_context(story: StoryContent, config: SiteConfig, outlets: Mapping[str, str], comparison: Comparison
                  ) -> dict[str, Any]:
    url = f"{config.base_url}{story.slug}/" if config.base_url else None
    return {"site": config, "story": story, "outlets": outlets, "story_url": url, "comparison": comparison,
            "json_ld": _json_ld(story, config, url)}


DISAGREE_SECTION = "Where sources disagree"


def _summary_context(story: StoryContent, outlets: Mapping[str, str], comparison: Comparison, href: str
                     ) -> dict[str, Any]:
    body = "\n".join(f"### {name}\n\n" + "\n\n".join(claim_markdown(c.text, c.sources) for c in claims) + "\n"
                     for name, claims in story.sections if name != DISAGREE_SECTION)
    brief = "\n\n".join(claim_markdown(c.text, c.sources) for c in story.brief)
    return {"body_html": render_prose(body, outlets, href),
            "brief_html": render_prose(brief, outlets, href) if brief else "",
            "key_figures": key_figures(story, comparison.currency),
            "discrepancies": [_discrepancy_view(d) for d in story.discrepancies]}


def key_figures(story: StoryContent, currency: str, limit: int = 4) -> list[dict[str, Any]]:
    """The biggest amounts, each shown in the common currency and as reported."""
    rates = story_rates(story.facts)
    out = []
    for f in story.facts:
        if f["kind"] != "money" or f.get("same_as"):
            continue
        converted = in_currency(f, story.facts, currency, rates)
        if converted:
            out.append({"fact": f, "common": converted[0], "shown": money(converted[0], currency),
                        "original": money(f["value"], f["unit"]), "converted": f["unit"] != currency,
                        "reported_by": len(reported_by(f, story.facts))})
    # The figures most sources report are the story's key figures; size only breaks ties.
    out.sort(key=lambda k: (-k["reported_by"], -k["common"], k["fact"]["id"]))
    return out[:limit]


def _discrepancy_view(d: dict[str, Any]) -> dict[str, Any]:
    """A disagreement as the pages list it: one source's range as one reading ("US$250 billion to US$275
    billion"), and a forecaster's estimate with its name ("US$8 billion by Morningstar DBRS")."""
    values: list[dict[str, Any]] = []
    for v in d["values"]:
        shown = show_figure({"kind": d["kind"], **v})
        if v.get("top_of_range") and values and values[-1]["sources"] == v["sources"]:
            values[-1]["shown"] += " to " + shown
        else:
            values.append({"shown": shown, "sources": v["sources"], "by": v.get("by")})
    readings = [{"shown": r["shown"] + (f" by {r['by']}" if r["by"] else ""), "sources": r["sources"]} for r in values]
    date = d.get("date")
    return {"what": d["what"] + (f", {when(date)}" if date else ""), "readings": readings}


def _timeline_context(story: StoryContent) -> dict[str, Any]:
    years: dict[str, list[dict[str, Any]]] = {}
    for event in story.events:
        years.setdefault(str(event["date"])[:4], []).append(event)
    return {"years": sorted(years.items())}


def _sources_context(story: StoryContent) -> dict[str, Any]:
    """Per source, the claims of ``claims.yaml`` no other source has a wording of: what only it reported.

    A source that states a claim with other figures is not cited for it, but it did report it.
    """
    alone: dict[str, list[str]] = {s["id"]: [] for s in story.sources}
    for _, claims in story.sections:
        for c in claims:
            by = c.reported_by or c.sources
            if len(by) == 1 and by[0] in alone:
                alone[by[0]].append(c.text)
    return {"alone": alone}


def _json_ld(story: StoryContent, config: SiteConfig, url: str | None) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title[:110],
        "description": story.dek, "inLanguage": config.language,
        "author": {"@type": "Organization", "name": config.author},
        "isBasedOn": [s["url"] for s in story.sources if s.get("url")] or None,
    }
    if story.published:
        data["datePublished"] = story.published
    if url:
        data["url"] = url
        data["mainEntityOfPage"] = url
    data = {k: v for k, v in data.items() if v is not None}
    # json.dumps escapes nothing HTML-special; "<" is escaped so "</script>" in a title cannot end the block.
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("&", "\\u0026")


# ----------------------------------------------------------------------------- site pages

def site_pages(env: jinja2.Environment, cards: list[dict[str, Any]], config: SiteConfig, updated: str,
               single: bool) -> dict[str, bytes]:
    """Files at the site's root: the feed, the sitemap, the 404 page and (with several stories) the index.

    ``cards`` hold each story's slug, title, dek, date and source count. A one-story site's front
    page is the story itself, rendered with the story. The index lists INDEX_PAGE stories a page,
    newest first, so that it stays light at a thousand stories.
    """
    ordered = sorted(cards, key=lambda s: (s.get("published") or "", s["slug"]), reverse=True)
    context = {"site": config, "stories": ordered, "updated": updated, "root": "", "page": "index.html"}
    pages = {"404.html": render_template(env, "404.html", dict(context, page="404.html")),
             "feed.xml": render_template(env, "feed.xml", context),
             "sitemap.xml": render_template(env, "sitemap.xml", dict(context, index_pages=index_names(len(cards))))}
    if not single:
        names = index_names(len(ordered))
        for k, name in enumerate(names):
            pagination = {"number": k + 1, "pages": len(names), "newer": names[k - 1] if k else None,
                          "older": names[k + 1] if k + 1 < len(names) else None}
            chunk = ordered[k * INDEX_PAGE:(k + 1) * INDEX_PAGE]
            pages[name] = render_template(env, "index.html", dict(context, stories=chunk, page=name,
                                                                  pagination=pagination))
    return pages


def static_files(folders: tuple[Path, ...]) -> dict[str, bytes]:
    """Everything under the theme's ``static/``, copied to ``site/static/``; a project's file replaces the theme's."""
    from .theme import static_sources

    return {name: path.read_bytes() for name, path in static_sources(folders).items()}
