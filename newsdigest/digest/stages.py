"""Digest one story: every pure stage, in order, from a story folder to typed records.

ingest -> dedupe -> facts -> summarize -> timeline. Nothing here writes a file: the build turns
the result into content files (:func:`newsdigest.content.files.generated_files`).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import StoryDigest
from .dedupe import cluster_claims
from .facts.facts import extract_facts
from .ingest.ingest import clean_story, read_story
from .summary.summarize import MAX_CLAIMS, summarize
from .timeline import build_timeline


def digest_story(folder: Path, seeds: Path, furniture: frozenset[bytes] = frozenset(), validate: bool = True
                 ) -> StoryDigest:
    """The digest of one story folder; raises InputError when no article has any story text.

    ``furniture`` are keys of lines other stories share (page furniture). ``validate=False``
    skips re-validating a ``story.yaml`` whose bytes a successful build already checked.
    """
    files = read_story(folder, seeds, validate)
    story = clean_story(files, furniture)
    warnings = [*files.warnings, *(f"{a.path}: warning: {note}" for a in files.articles for note in a.notes)]
    for article in story.articles:
        if article.language:
            warnings.append(f"{files.folder}/{article.file}: warning: this article is in {article.language}, not "
                            "English; it is left out of the digest")
        elif not any(s.kind != "heading" for s in article.sentences):
            warnings.append(f"{files.folder}/{article.file}: warning: nothing in this article reads as part of "
                            "the story (every line was removed); it adds nothing to the digest")
    if story.articles and not any(a.published for a in story.articles):
        warnings.append(f"{files.folder}: warning: no article carries a date, so relative dates (\"on Thursday\", "
                        "\"last week\") stay out of the timeline; give one in story.yaml as 'published: YYYY-MM-DD'")
    if all(a.language for a in story.articles):
        found = ", ".join(sorted({str(a.language) for a in story.articles}))
        raise InputError(files.folder, None, f"no article in this story is in English (found {found}); "
                         "newsdigest digests articles in English")
    if not any(s.kind != "heading" for a in story.articles for s in a.sentences):
        raise InputError(files.folder, None, "no article in this story has any text left after removing "
                         "boilerplate; check that these are news articles")
    clustering = cluster_claims(story)
    sheet = extract_facts(story, clustering)
    summary = summarize(story, clustering, sheet.discrepancies, sheet.updates)
    events = build_timeline(story, clustering)
    if summary.left_out:
        warnings.append(f"{files.folder}: warning: the account keeps the {MAX_CLAIMS} most widely reported claims; "
                        f"about {summary.left_out} rarer ones are left out")
    return StoryDigest(story, summary, sheet, events, tuple(warnings))
