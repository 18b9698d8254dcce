"""The plain data that flows between pipeline stages.

Every stage is a function from these dataclasses to these dataclasses; files are read only at
the start (seeds, content) and written only at the end (content, site). They are frozen so a
stage cannot change what an earlier stage produced, and picklable so stories can be digested in
worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
"""The files of a story folder that are articles (besides ``story.yaml``)."""


@dataclass(frozen=True)
class ArticleMeta:
    """What ``story.yaml`` says about one article file (all optional), completed for an HTML page by
    what the page says about itself (``og:site_name``, canonical link, ``article:published_time``,
    its title): story.yaml wins where both say something."""

    file: str
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    title: str | None = None
    """The page's own title (``og:title``, ``<h1>``, ``<title>``); story.yaml gives none per article."""


@dataclass(frozen=True)
class Manifest:
    """A story's ``story.yaml``: title, default date, per-article metadata."""

    title: str | None = None
    published: date | None = None
    articles: dict[str, ArticleMeta] = field(default_factory=dict)
    currency: str | None = None
    """The ISO 4217 code the comparison page shows amounts in; None: the one the story uses most."""


@dataclass(frozen=True)
class RawArticle:
    """An article file decoded to text, before any cleaning.

    ``lines`` pairs each line's text with a hint from the file's markup (``heading``,
    ``caption``, ``list``) or ``None`` for plain text; ``numbers`` are the 1-based line numbers
    in the original file, for error messages and the removed-lines report.
    """

    path: str
    meta: ArticleMeta
    lines: tuple[str, ...]
    hints: tuple[str | None, ...]
    numbers: tuple[int, ...]
    notes: tuple[str, ...] = ()
    seams: tuple[str, ...] = ()
    """The text on either side of each place where a broken paragraph was glued back together."""


@dataclass(frozen=True)
class Removed:
    """A line dropped from an article, and why: the sources page shows every one."""

    text: str
    reason: str
    line: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article's cleaned text.

    ``position`` is where it sits in its article (0 = lead, 1 = last) and drives story order;
    ``truncated`` marks a last sentence cut off mid-way (a paste that ended early) and
    ``rejoined`` one glued back together from a paragraph a paste broke; ``kind`` is
    ``body``, ``list`` or ``heading`` (headings feed titles and clustering, not the summary).
    """

    id: str
    source: str
    text: str
    position: float
    paragraph: int
    line: int
    kind: str = "body"
    truncated: bool = False
    rejoined: bool = False


@dataclass(frozen=True)
class Article:
    """A cleaned article: its sentences, what was removed, and its metadata.

    ``text`` is the cleaned article as kept (paragraphs separated by blank lines); every
    fact's claim and every sentence is a substring of it.
    """

    id: str
    file: str
    outlet: str | None
    url: str | None
    published: date | None
    title: str | None
    text: str
    sentences: tuple[Sentence, ...]
    removed: tuple[Removed, ...]
    words: int
    notes: tuple[str, ...] = ()
    language: str | None = None
    """The language the article is in when it is not English ("Chinese"): it is then left out whole."""


@dataclass(frozen=True)
class Story:
    """Every cleaned article about one story, with its slug and manifest data."""

    slug: str
    title: str | None
    published: date | None
    articles: tuple[Article, ...]
    currency: str | None = None
    """story.yaml's ``currency``: the comparison page's currency, when the user chose one."""

    def sentence(self, sentence_id: str) -> Sentence:
        """The sentence with this id (``s-02.14``: the 14th of source ``s-02``)."""
        source, _, _ = sentence_id.partition(".")
        article = next(a for a in self.articles if a.id == source)
        return next(s for s in article.sentences if s.id == sentence_id)


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence that states one claim (a sentence joined with "while" has two)."""

    id: str
    sentence: str
    source: str
    text: str
    piece: int = 0


@dataclass(frozen=True)
class Cluster:
    """Clauses from one or more sources that state the same claim."""

    id: int
    clauses: tuple[str, ...]
    sentences: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Clustering:
    """The dedupe stage's result: claim clusters and which clusters each sentence states."""

    clauses: tuple[Clause, ...]
    clusters: tuple[Cluster, ...]
    by_sentence: dict[str, tuple[int, ...]]


@dataclass(frozen=True)
class Wording:
    """One source's own sentence for a claim, as ``claims.yaml`` lists it.

    ``cited`` is False for a source that states the claim without every figure the claim's text
    gives (or with other figures): it reported the claim, so it is not "only" another outlet's,
    but it is not cited for the sentence.
    """

    source: str
    text: str
    line: int
    cited: bool = True
    sentence: str = ""
    """The id of the sentence it is (not written out: lines and texts are what a reader checks)."""


@dataclass(frozen=True)
class Citation:
    """A digest sentence and the sources that carry its claim.

    ``id`` is the claim's stable id (``c-...``, empty for the generated notes on disagreements) and
    ``wordings`` are the sentences of every source that states the claim.
    """

    text: str
    sources: tuple[str, ...]
    sentence: str
    id: str = ""
    wordings: tuple[Wording, ...] = ()


@dataclass(frozen=True)
class Summary:
    """The summarize stage's result: the full account in sections, and the short version."""

    title: str
    dek: str
    sections: tuple[tuple[str, tuple[Citation, ...]], ...]
    brief: tuple[Citation, ...]
    left_out: int = 0
    omitted: tuple[tuple[str, Removed], ...] = ()
    """Each kept line no claim has as a wording, by source id, with why it is not in the account."""


@dataclass(frozen=True)
class Fact:
    """A figure from the articles, merged across the sources that state it."""

    id: str
    kind: str
    value: float
    unit: str
    qualifier: str | None
    entity: str | None
    period: str | None
    what: str
    claim: str
    sources: tuple[str, ...]
    same_as: str | None = None
    date: str | None = None
    basis: str | None = None
    """``one-off``, ``per-year``, ``total`` (over the period) or ``level`` (as of a date); None when unknown."""
    as_of: str | None = None
    """The ISO date (or YYYY-MM) the figure holds for, for counts and levels."""


@dataclass(frozen=True)
class Discrepancy:
    """One measure of one owner at one time that the sources give different values for.

    ``values`` lists every reading of the measure (value, unit, sources), the disagreeing ones and
    any that agree with them ("more than 240" next to 241), so a reader sees the whole picture.
    """

    what: str
    kind: str
    """``money``, ``percent`` or ``count``, as the facts it compares."""
    values: tuple[tuple[float, str, tuple[str, ...]], ...]
    facts: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()
    date: str | None = None
    tops: tuple[float, ...] = ()
    """Values that top a range the value before them starts, in one source ("US$250-275 billion")."""
    by: tuple[tuple[float, str], ...] = ()
    """Who estimates each value, when the values are estimates by different forecasters (JPMorgan's $20 billion
    of insured losses against Morningstar DBRS's $8 billion): a source may give both, so its name tells no side."""


@dataclass(frozen=True)
class Update:
    """One measure reported at different times: a death toll rising over three days, cases as of two dates.

    Not a disagreement: each value held when it was reported. ``values`` are (value, unit, as_of,
    sources) in date order; ``as_of`` is the ISO date (or YYYY-MM) the figure holds for.
    """

    what: str
    kind: str
    values: tuple[tuple[float, str, str | None, tuple[str, ...]], ...]
    facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactSheet:
    """The facts stage's result."""

    facts: tuple[Fact, ...]
    discrepancies: tuple[Discrepancy, ...]
    updates: tuple[Update, ...] = ()


@dataclass(frozen=True)
class Event:
    """A dated event; ``date`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, never more precise than the text."""

    id: str
    date: str
    text: str
    sources: tuple[str, ...]
    claim: str = ""


@dataclass(frozen=True)
class StoryDigest:
    """Everything the digest makes of one story folder, ready to be written as content files."""

    story: Story
    summary: Summary
    facts: FactSheet
    events: tuple[Event, ...]
    warnings: tuple[str, ...] = ()
