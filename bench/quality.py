"""Side-by-side quality: newsdigest against sumy's LexRank at the same word budget.

    python bench/quality.py [STORY ...] [--scorer ../shared/eval/score.py]

Every row is scored by ``score.py`` itself: newsdigest through the real ``build.py``, LexRank
through a stub project whose build writes LexRank's summary (and empty facts and timeline, which
LexRank does not produce). Two LexRank rows separate two questions: LexRank on the raw pasted
articles (what a naive pipeline would do), and LexRank on newsdigest's cleaned sentences (the
summarising step alone). LexRank gets newsdigest's word count as its budget, and each sentence it
picks cites the article it came from, so citation precision compares like with like. Without
STORY arguments the table covers the development stories next to the scorer (``seeds/*``).
Needs the bench extra: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsdigest.digest.ingest.ingest import clean_story, read_story  # noqa: E402
from newsdigest.digest.ingest.sentences import split_sentences  # noqa: E402

MEASURES = ("key_fact_recall", "redundant_clusters", "citation_precision", "compression", "boilerplate_leaks",
            "summary_words")
HEADS = ("story", "system", "key facts", "redundant", "citations", "compression", "leaks", "words")
STUB = '''import shutil, sys
from pathlib import Path
args = sys.argv[1:]
content = Path(args[args.index("--content") + 1])
source = Path({source!r})
for story in source.iterdir():
    shutil.copytree(story, content / story.name, dirs_exist_ok=True)
'''


class _Tokenizer:
    """sumy's tokenizer interface over newsdigest's splitter (sumy's own needs an NLTK download)."""

    language = "english"

    def to_sentences(self, text: str) -> list[str]:
        return split_sentences(text)

    def to_words(self, text: str) -> list[str]:
        return re.findall(r"[A-Za-z0-9’']+", text)


def lexrank(sentences: list[str], budget: int) -> list[str]:
    """The LexRank summary of ``sentences`` with as many sentences as fit in ``budget`` words."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = _Tokenizer()
    document = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    best: list[str] = []
    for count in range(1, len(sentences) + 1):
        picked = [str(s) for s in summarizer(document, count)]
        if sum(len(s.split()) for s in picked) > budget:
            break
        best = picked
    return best


def raw_sentences(story: Path) -> list[tuple[str, str]]:
    """Every sentence of the pasted articles, furniture and all, with its file: what a naive pipeline would
    summarise."""
    out = []
    for path in sorted(story.iterdir()):
        if path.suffix in (".txt", ".md", ".html"):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                out += [(s, path.name) for s in split_sentences(re.sub(r"<[^>]+>", " ", line))]
    return [(s, name) for s, name in out if len(s.split()) >= 4]


def cleaned_sentences(story: Path) -> list[tuple[str, str]]:
    """The sentences newsdigest keeps after removing furniture, before any summarising, with their file."""
    cleaned = clean_story(read_story(story, story.parent))
    return [(s.text, a.file) for a in cleaned.articles for s in a.sentences if s.kind != "heading"]


def lexrank_cited(sentences: list[tuple[str, str]], budget: int) -> tuple[list[str], list[str]]:
    """LexRank's summary within ``budget`` words, each sentence citing its file; and the files, in id order."""
    files = sorted({name for _, name in sentences})
    origin: dict[str, str] = {}
    for text, name in sentences:
        origin.setdefault(text, name)
    picked = lexrank([text for text, _ in sentences], budget)
    return [f"{text} [@s-{files.index(origin[text]) + 1}]" for text in picked], files


def score_summary(scorer, story: Path, sentences: list[tuple[str, str]], budget: int, work: Path) -> dict:
    """Score a LexRank summary with score.py, through a stub project that writes it as summary.md."""
    cited, files = lexrank_cited(sentences, budget)
    source = work / "prepared" / story.name
    source.mkdir(parents=True, exist_ok=True)
    body = "\n".join(cited)
    (source / "summary.md").write_text(f"---\ntitle: baseline\n---\n\n{body}\n", encoding="utf-8")
    for name, key in (("facts.yaml", "facts"), ("timeline.yaml", "events")):
        (source / name).write_text(f"{key}: []\n", encoding="utf-8")
    listed = "".join(f"  - {{id: s-{k}, file: {name!r}}}\n" for k, name in enumerate(files, start=1))
    (source / "sources.yaml").write_text("sources:\n" + listed, encoding="utf-8")
    project = work / "stub"
    project.mkdir(exist_ok=True)
    (project / "build.py").write_text(STUB.format(source=str(work / "prepared")), encoding="utf-8")
    return scorer.score_story(story, project, sys.executable, None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stories", nargs="*", type=Path)
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    args = parser.parse_args(argv)
    if not args.scorer.exists():
        print(f"{args.scorer}: score.py not found; pass --scorer PATH", file=sys.stderr)
        return 1
    spec = importlib.util.spec_from_file_location("score", args.scorer)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    stories = args.stories or sorted(args.scorer.parent.glob("seeds/*"))
    rows = []
    for story in stories:
        ours = scorer.score_story(story.resolve(), ROOT, sys.executable, None)
        budget = int(ours["summary_words"])
        with tempfile.TemporaryDirectory() as tmp:
            raw = score_summary(scorer, story.resolve(), raw_sentences(story), budget, Path(tmp) / "raw")
            clean = score_summary(scorer, story.resolve(), cleaned_sentences(story), budget, Path(tmp) / "clean")
        rows += [(story.name, "newsdigest", ours), (story.name, "LexRank (raw)", raw),
                 (story.name, "LexRank (cleaned)", clean)]
    _print_table(rows)
    return 0


def _print_table(rows: list[tuple[str, str, dict]]) -> None:
    heads = list(HEADS)
    lines = [heads]
    for story, system, r in rows:
        lines.append([story, system] + [_cell(r.get(k)) for k in MEASURES])
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(heads))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(heads, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for line in lines[1:]:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(line, widths, strict=True)) + " |")


def _cell(value: object) -> str:
    return "-" if value is None else str(value)


if __name__ == "__main__":
    sys.exit(main())
