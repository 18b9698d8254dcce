"""A synthetic news corpus for benchmarks: N stories of M articles, deterministic from a seed.

    python bench/corpus.py N_STORIES ARTICLES_PER_STORY OUT [--seed 7]

Each story has an actor, a handful of claims (amounts in several currencies, percentages,
counts, relative and absolute dates) and each article words them its own way, adds details of
its own and carries its outlet's furniture (sign-ups, credits, teasers, an about-us blurb), so the
whole pipeline does real work. The same seed always writes the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

SYLLABLES = ["al", "ba", "cor", "den", "el", "fa", "gor", "hal", "in", "jo", "kel", "lun", "mar", "nor", "or",
             "pal", "qui", "ros", "sal", "tor", "ul", "ven", "wes", "xan", "yor", "zen"]
KINDS = ("company", "party", "agency", "city")
CURRENCIES = [("yuan", "CNY"), ("euros", "EUR"), ("US$", "USD"), ("£", "GBP"), ("S$", "SGD"), ("rupees", "INR")]
PEOPLE = ["Ana", "Tom", "Mei", "Raj", "Lena", "Omar", "Ines", "Jon", "Kofi", "Sara"]
SURNAMES = ["Ruiz", "Berg", "Chen", "Patel", "Novak", "Haddad", "Costa", "Lund", "Mensah", "Ito"]
FURNITURE = [
    "Sign up for the {outlet} newsletter and never miss a story", "PHOTO: REUTERS", "Follow topic:",
    "Share this article on Facebook | X | LinkedIn", "Advertisement", "Read more: {teaser}… Read More",
    "Reporting by {person}; Editing by {person2}", "© 2025 {outlet}. All rights reserved.",
]
TEASERS = ["Ferry strike leaves islanders stranded", "Central bank holds rates steady", "Storm warning for the coast",
           "Tech shares slide as rates bite", "Museum reopens after five-year refit", "Rail fares to rise in March"]
EXTRAS = [
    "Officials in the capital declined to comment on the timing of the announcement.",
    "The plan is expected to face scrutiny from lawmakers when parliament returns next month.",
    "Industry groups have long argued that investment in the sector lags behind regional rivals.",
    "{actor} did not respond to a request for comment on the details of its financing.",
    "Several smaller competitors have announced similar, if less ambitious, projects this year.",
    "Local residents have raised concerns about noise, traffic and the use of public land.",
    "The announcement came as markets weighed weaker economic data from the region.",
    "Economists said the spending could lift growth modestly if it proceeds on schedule.",
]
SECTORS = ["data centres", "renewable energy", "flood defences", "rail links", "hospitals", "schools", "ports"]


def name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _amount(rng: random.Random) -> tuple[str, str]:
    word, _ = rng.choice(CURRENCIES)
    value = rng.choice([12, 25, 40, 53, 80, 150, 380, 2.5, 7.2])
    scale = rng.choice(["million", "billion"])
    text = f"{word}{value} {scale}" if word in ("US$", "£", "S$") else f"{value} {scale} {word}"
    return text, scale


def claims_for(rng: random.Random, actor: str, rival: str, person: str) -> list[list[str]]:
    """Claims of one story, each as several paraphrases (the sources word them differently)."""
    amount, _ = _amount(rng)
    other, _ = _amount(rng)
    sector = rng.choice(SECTORS)
    pct = rng.choice([2.5, 3, 4.1, 7, 12, 14, 28.5])
    count = rng.choice([45, 120, 300, 1100, 2300])
    years = rng.choice(["three", "five", "two"])
    return [
        [f"{actor} will invest {amount} in {sector} over the next {years} years.",
         f"{actor} has pledged {amount} for {sector} over {years} years, officials said.",
         f"Over the next {years} years, {actor} plans to spend {amount} on {sector}."],
        [f"Chief executive {person} said the plan was the largest in the group's history.",
         f"{person}, the chief executive, called it the biggest plan in the group's history."],
        [f"Shares of {actor} fell {pct}% on Monday.", f"{actor} shares dropped {pct} per cent on Monday."],
        [f"{rival} said last week it would spend {other} this year.",
         f"Rival {rival} announced last week plans to spend {other} this year."],
        [f"The plan will create about {count} jobs, the company said.",
         f"Around {count} jobs are expected to be created under the plan."],
        [f"{actor} was fined in 2020 after a regulatory investigation.",
         f"Regulators fined {actor} in 2020 following an investigation."],
        [f"Analysts at {name(rng)} Capital said the spending could strain the balance sheet.",
         f"{name(rng)} Capital analysts warned the outlay could weigh on the balance sheet."],
        [f"Construction is due to begin in {rng.choice(['March', 'June', 'September'])}.",
         f"Work on the first sites starts in {rng.choice(['March', 'June', 'September'])}, the company said."],
        [f"The {sector} market has grown rapidly as governments and investors look for long-term returns, and "
         f"{actor} has been among the most active buyers of land and equipment in the region.",
         f"Demand for {sector} has surged in recent years, and {actor} has become one of the biggest buyers of "
         f"sites and equipment in the region."],
        [f"\"We are building for the next decade, not the next quarter,\" {person} told reporters.",
         f"{person} told reporters the company was \"building for the next decade, not the next quarter\"."],
        [f"Critics, including the union {name(rng)} Workers, said the plan relied on optimistic forecasts and "
         f"public subsidies that had not yet been approved.",
         f"The {name(rng)} Workers union questioned the forecasts behind the plan and said it depended on "
         f"subsidies that were still awaiting approval."],
        [f"{actor} reported revenue of {amount} for the year to December, up {pct} per cent.",
         f"Annual revenue at {actor} rose {pct}% to {amount} in the year to December."],
    ]


def article(rng: random.Random, claims: list[list[str]], outlet: str, actor: str) -> str:
    """One outlet's article: a headline, a paraphrase of most claims, details of its own, furniture."""
    lines = [f"{actor} unveils {rng.choice(['major', 'record', 'bold'])} spending plan", ""]
    if rng.random() < 0.5:
        lines += [FURNITURE[0].format(outlet=outlet), ""]
    chosen = [c for c in claims if rng.random() < 0.8] or claims[:2]
    paragraph: list[str] = []
    for claim in chosen:
        paragraph.append(rng.choice(claim))
        if len(paragraph) >= rng.choice([2, 3]):
            lines += [" ".join(paragraph), ""]
            paragraph = []
    if paragraph:
        lines += [" ".join(paragraph), ""]
    lines += [f"{outlet} could not independently verify the figures. " + " ".join(
        rng.sample(EXTRAS, 3)).format(actor=actor), ""]
    for template in rng.sample(FURNITURE[1:], 3):
        lines.append(template.format(outlet=outlet, teaser=rng.choice(TEASERS),
                                     person=rng.choice(PEOPLE) + " " + rng.choice(SURNAMES),
                                     person2=rng.choice(PEOPLE) + " " + rng.choice(SURNAMES)))
    if rng.random() < 0.3:
        lines += ["", f"About {outlet}", f"{outlet} is an independent newsroom covering business and politics "
                  "since 1998."]
    return "\n".join(lines) + "\n"


def write_corpus(out: Path, stories: int, articles: int, seed: int = 7) -> None:
    """Write ``stories`` story folders of ``articles`` articles each under ``out``."""
    rng = random.Random(seed)
    outlets = [f"The {name(rng)} {rng.choice(['Times', 'Post', 'Herald', 'Wire', 'Ledger'])}" for _ in range(30)]
    start = dt.date(2024, 1, 1)
    for s in range(stories):
        actor, rival = name(rng, 3), name(rng, 3)
        person = f"{rng.choice(PEOPLE)} {rng.choice(SURNAMES)}"
        claims = claims_for(rng, actor, rival, person)
        published = start + dt.timedelta(days=rng.randrange(700))
        folder = out / f"story-{s:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        manifest = [f"title: \"{actor}'s spending plan\"", f"published: {published.isoformat()}", "articles:"]
        for a in range(articles):
            outlet = rng.choice(outlets)
            (folder / f"{a:02d}.txt").write_text(article(rng, claims, outlet, actor), encoding="utf-8")
            manifest.append(f"  {a:02d}.txt: {{outlet: \"{outlet}\"}}")
        (folder / "story.yaml").write_text("\n".join(manifest) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", type=int)
    parser.add_argument("articles", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write_corpus(args.out, args.stories, args.articles, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
