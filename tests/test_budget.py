"""The account's length: a share of what the sources hold, used to the full, the claims most sources carry kept."""

import re
from pathlib import Path

import yaml

from conftest import FIXTURES
from newsdigest.content.files import generated_files
from newsdigest.digest.stages import digest_story

# Three short reports of an invented science story: each under 150 words, the story under 900.
REPORTS = {
    "a.txt": ("Astronomers at the Kestrel Observatory have found a comet that will pass within 12 million kilometres "
              "of Earth in March, the observatory said on Tuesday. The comet, named K-2031, is about 4 kilometres "
              "wide. It was first seen in images taken by the observatory's new survey telescope. Director Mina Osei "
              "said the find showed what the telescope could do. Amateur observers should be able to see the comet "
              "with binoculars from the southern hemisphere. The observatory plans a public viewing night at its "
              "visitor centre. Tickets will be free, but numbers are limited to 400 people."),
    "b.txt": ("A newly found comet will come within 12 million kilometres of Earth in March, according to the Kestrel "
              "Observatory. Mina Osei, the observatory's director, called the discovery a milestone for the survey "
              "telescope, which cost 30 million dollars and began work last year. The comet poses no danger to the "
              "planet, astronomers stressed. Its orbit takes about 6,000 years to complete. Researchers from three "
              "universities will study the comet's tail with spectrographs. Schools in the region have been invited "
              "to follow the comet with classroom kits."),
    "c.txt": ("The Kestrel Observatory says a comet discovered this month will pass 12 million kilometres from Earth "
              "in March. The comet poses no risk, scientists said. Survey telescope staff spotted the faint smudge "
              "on three nights in a row before confirming it. Mina Osei thanked the engineers who built the camera. "
              "The comet will be brightest in the second week of March, when it may reach magnitude 6. Local "
              "astronomy clubs are organising star parties in dark-sky parks. Weather permitting, the comet could be "
              "photographed with an ordinary camera on a tripod."),
}


def _built(tmp_path: Path) -> tuple[str, int]:
    folder = tmp_path / "seeds" / "comet"
    folder.mkdir(parents=True)
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    summary = generated_files(digest_story(folder, tmp_path / "seeds"))["summary.md"]
    return summary, sum(len(text.split()) for text in REPORTS.values())


def test_a_short_story_still_states_the_claim_every_source_carries_with_its_figure(tmp_path):
    summary, _ = _built(tmp_path)
    assert "12 million kilometres" in summary
    assert re.search(r"\[@s-a; @s-b; @s-c\]|\[@s-[abc]; @s-[abc]; @s-[abc]\]", summary)


def test_no_claim_is_left_out_for_length_when_it_would_still_fit():
    """Cutting goes claim by claim: the room the last cut leaves is given back to the claims it left out."""
    from newsdigest.digest.summary.budget import CAP_SHARE, LENGTH

    folder = FIXTURES / "eval" / "product-recall"  # five invented reports of an appliance recall
    files = generated_files(digest_story(folder, folder.parent))
    words = len(re.sub(r"\[@[^\]]*\]", " ", files["summary.md"]).split())
    source_words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.iterdir()
                       if p.suffix in (".txt", ".md", ".html"))
    room = CAP_SHARE * source_words - words
    left_for_length = [r["text"] for s in yaml.safe_load(files["sources.yaml"])["sources"]
                       for r in s.get("removed", []) if r["reason"] == LENGTH]
    assert left_for_length, "the story should be long enough for some claims to be cut"
    assert all(len(text.split()) + 1 > room for text in left_for_length), (room, left_for_length)


def test_a_claim_that_gives_no_figure_and_names_no_one_goes_before_one_that_does():
    """Cut for length, a short vague line goes before a longer claim with a figure and a name."""
    from newsdigest.digest.summary.budget import prune
    from newsdigest.digest.summary.candidates import Candidate
    from newsdigest.digest.summary.choice import Choice
    from newsdigest.digest.text.words import content_terms
    from newsdigest.model import Citation, Sentence

    texts = ["Firefighters in the Varna hills contained the blaze on Sunday after four days.",
             "The mood in the valley remained tense and uncertain all week.",
             "Forester Ilse Marr said crews had cleared 240 hectares of dry scrub along the ridge road."]
    units = [Candidate(Sentence(f"s-a:{k}", "s-a", t, 0.5, k, k), t, frozenset({k}), frozenset(content_terms(t)), True,
                       (f"s-a:{k}",)) for k, t in enumerate(texts)]
    choice = Choice(chosen=list(units))
    budget = len(texts[0].split()) + len(texts[2].split())
    prune(choice, budget, {0: 1, 1: 1, 2: 1}, {0: 0.5, 1: 0.5, 2: 0.5}, frozenset({"Ilse Marr", "Varna"}), 1,
          lambda u: Citation(u.text, (), u.sentence.id))
    assert [u.text for u in choice.chosen] == [texts[0], texts[2]]
