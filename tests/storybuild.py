"""Build pipeline inputs from in-test article texts, the way ``read_story`` would from files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsdigest.digest.ingest.ingest import StoryFiles, clean_story, raw_article
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


BACKGROUND = (
    "Residents of the older streets near the water remember when fishing boats still unloaded at dawn and the"
    " smell of tar hung over the market. Most of those families moved inland long ago, and the sheds they "
    "left behind now hold bicycles, paint and the odd rowing boat that nobody claims. Walkers cross the "
    "square every evening on their way to the cafes, and children chase pigeons around the fountain while "
    "their parents talk about the weather, the schools and the price of bread. A baker on the corner has sold"
    " the same rye loaf for as long as anyone can recall, and queues form outside his shop before the "
    "shutters go up. On market days the stalls spill into the side streets, selling cheese, honey, knitted "
    "hats and secondhand books, and buskers play under the arches until dusk.",
    "Autumn storms often flood the low road along the shore, and shopkeepers keep sandbags stacked beside "
    "their doors from October onward. Older drivers still take the long way round through the hills rather "
    "than risk the puddles, while delivery vans queue at the roundabout each morning. Local historians like "
    "to point out that the quay was rebuilt several times after great floods, each time a little higher, and "
    "that the stone steps down to the water were cut by hand. Gulls nest on the roof of the old fish hall, "
    "which the town has tried and failed to sell more than once. In winter the ice cream kiosks close, the "
    "benches are taken in, and the promenade belongs to dog walkers and joggers who brave the wind coming off"
    " the sea.",
    "The town library keeps a shelf of photographs showing the waterfront as it looked before the warehouses "
    "were turned into flats. Visitors leaf through them on rainy afternoons, spotting the chimney of the old "
    "brewery and the tram lines that were torn up when buses took over. Volunteers run guided walks on summer"
    " weekends, stopping at the lighthouse, the customs house and the chapel where sailors once prayed before"
    " long voyages. Each spring a choir sings in the chapel to mark the start of the sailing season, and the "
    "harbour master rings a bell that hangs by the quay. Schoolchildren paint the railings in bright colours "
    "every few years, and a local artist repairs the carved wooden figure that stands by the gate.",
)
"""Paragraphs about nothing the story is about: appended to a test story's articles, they give the story a
realistic length, so its account (a share of its sources' words) has room for more than the lead claim."""


def with_background(texts: dict[str, str]) -> dict[str, str]:
    """``texts`` with a different background paragraph after each article."""
    return {name: text + "\n\n" + BACKGROUND[k % len(BACKGROUND)] for k, (name, text) in enumerate(texts.items())}
