"""Whatever arrives, newsdigest builds or says exactly what is wrong, and never damages what was there.

Every case runs the real command line (``python build.py``) on a throwaway copy of a project that
has already been built once. A failing build must exit 1 with one line, ``path[:line]: message``,
no traceback, and leave ``site/`` and ``content/`` byte-identical (compared by tree hashes).
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import Project, Result, as_in_a_terminal, make_project, tree_hash

STORY = "cyclone-mira"
GOOD = ("Cyclone Mira hit Beira on Monday, killing at least 38 people and displacing more than 12,000, the "
        "disaster agency INGD said. The World Bank pledged $150 million in emergency financing.\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Project:
    project = make_project(tmp_path_factory.mktemp("hostile") / "template", STORY)
    assert project.run("build", "--quiet").code == 0
    return project


@pytest.fixture
def proj(built, tmp_path) -> Project:
    """A fresh copy of a working, already built project."""
    root = tmp_path / "p"
    shutil.copytree(built.root, root, symlinks=True)
    return Project(root)


def story(proj: Project) -> Path:
    return proj.seeds / STORY


def snapshot(proj: Project) -> tuple[str, str]:
    return tree_hash(proj.site), tree_hash(proj.content)


def refused(proj: Project, where: str, words: str, *args: str, timeout: int = 120) -> Result:
    """Run a build that must fail: exit 1, one plain line naming the file, nothing changed.

    The build gets at most 4 GB of memory, so that one which reads without bound fails instead
    of filling the machine.
    """
    before = snapshot(proj)
    result = capped_run(proj, "build", *args, timeout=timeout)
    lines = result.err.strip().splitlines()
    assert result.code == 1, result.err
    assert "Traceback" not in result.err and len(lines) == 1, result.err
    assert where in lines[0] and words in lines[0], lines[0]
    assert snapshot(proj) == before
    assert not [p for p in proj.root.iterdir() if p.name.startswith(".") and ".new-" in p.name]
    print(f"exit 1: {lines[0]}")  # shown with -s: the case list in the closing note comes from here
    return result


def capped_run(proj: Project, *args: str, timeout: int = 120) -> Result:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    proc = subprocess.run([sys.executable, "build.py", *args], cwd=proj.root, capture_output=True, text=True,
                          preexec_fn=cap, timeout=timeout)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def builds(proj: Project, *args: str) -> Result:
    result = proj.run("build", *args)
    assert result.code == 0, result.err
    assert "Traceback" not in result.err
    print("exit 0" + "".join(f"; {line}" for line in result.err.strip().splitlines()[:2]))
    return result


def write(path: Path, data: bytes | str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def generated(proj: Project) -> str:
    folder = proj.content / STORY
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in ("summary.md", "facts.yaml"))


# ----------------------------------------------------------------------------- article files

def test_an_empty_article(proj):
    write(story(proj) / "04.txt", b"")
    refused(proj, "04.txt", "the article is empty")


def test_an_article_of_whitespace_only(proj):
    write(story(proj) / "04.txt", b"  \n\t\n   \n")
    refused(proj, "04.txt", "the article is empty")


def test_a_png_renamed_to_txt(proj):
    write(story(proj) / "04.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    refused(proj, "04.txt", "this is a PNG image, not article text")


def test_utf16_with_a_byte_order_mark_is_read(proj):
    write(story(proj) / "01.txt", ("Café owners in Beira said " + GOOD).encode("utf-16"))
    builds(proj)
    assert "Café" in generated(proj)


def test_windows_1252_text_is_read_and_noted(proj):
    write(story(proj) / "01.txt", ("Café owners said “the storm” was worse than Idai. " + GOOD).encode("cp1252"))
    result = builds(proj)
    assert "Café" in generated(proj) + (proj.content / STORY / "sources.yaml").read_text(encoding="utf-8")
    assert "01.txt: warning: not UTF-8; read as Windows-1252" in result.err


def test_latin_1_text_is_read(proj):
    write(story(proj) / "01.txt", ("Relief flights from São Paulo landed. " + GOOD).encode("latin-1"))
    builds(proj)
    assert "São Paulo" in (proj.site / STORY / "index.html").read_text(encoding="utf-8") + generated(proj) or \
        "São" in (proj.content / STORY / "sources.yaml").read_text(encoding="utf-8") + generated(proj)


def test_utf8_read_as_cp1252_mojibake_is_repaired(proj):
    broken = ("The agency’s count — 38 dead — rose. " + GOOD).encode("utf-8").decode("cp1252").encode("utf-8")
    write(story(proj) / "01.txt", broken)
    builds(proj)
    assert "â€" not in generated(proj)


def test_cp1253_mojibake_and_lone_betas_are_repaired(proj):
    write(story(proj) / "01.txt", "The agencyβ€™s count β 38 dead β rose. " + GOOD)
    builds(proj)
    assert "β" not in generated(proj)


def test_stray_nul_bytes_are_removed_with_a_warning(proj):
    write(story(proj) / "01.txt", GOOD.encode().replace(b"Monday", b"Mon\x00day"))
    result = builds(proj)
    assert "01.txt: warning: removed 1 NUL byte(s)" in result.err


def test_a_50_mb_article(proj):
    write(story(proj) / "04.txt", b"word " * (10 * 1024 * 1024))
    refused(proj, "04.txt", "file is 52 MB; an article over 5 MB is not read")


def test_a_single_200000_character_line(proj):
    write(story(proj) / "04.txt", ("the storm flooded beira and residents said aid was slow " * 3600)[:200_000])
    builds(proj)


def test_ten_thousand_one_line_articles_in_one_story(proj):
    shutil.rmtree(story(proj))
    sentences = ["Cyclone Mira killed {n} people near Beira, officials said on Monday.",
                 "Aid agencies pledged {n} million dollars for Sofala province.",
                 "The storm cut power to {n} per cent of homes in the city."]
    for n in range(10_000):
        write(story(proj) / f"{n:05d}.txt", sentences[n % 3].format(n=n % 97 + 2) + "\n")
    result = builds(proj, "--quiet")
    assert result.out == ""
    assert (proj.site / STORY / "sources" / "index.html").stat().st_size > 100_000


def test_an_article_without_any_punctuation(proj):
    write(story(proj) / "04.txt", "cyclone mira hit beira on monday killing dozens and the world bank pledged "
                                  "150 million dollars for rebuilding roads and clinics in sofala province\n")
    builds(proj)


def test_an_article_that_is_only_boilerplate_adds_nothing_and_says_so(proj):
    write(story(proj) / "04.txt", "Sign up for our newsletter\n\nPHOTO: AFP\n\nShare this article on Facebook\n")
    result = builds(proj)
    assert "04.txt: warning: nothing in this article reads as part of the story" in result.err


def test_a_story_that_is_only_boilerplate(proj):
    for f in story(proj).glob("0*"):
        f.unlink()
    (story(proj) / "story.yaml").unlink()  # it names the articles just removed, which is an error of its own
    write(story(proj) / "01.txt", "Sign up for our newsletter\n\nPHOTO: AFP\n\nShare this article on Facebook\n")
    refused(proj, STORY, "no article in this story has any text left after removing boilerplate")


def test_an_article_in_another_language_builds_and_is_left_out_saying_so(proj):
    write(story(proj) / "04.txt", "Der Zyklon Mira hat am Montag in Mosambik mindestens 38 Menschen getötet. "
                                  "Die Weltbank sagte 150 Millionen Dollar zu.\n")
    result = builds(proj)
    assert "04.txt: warning: this article is in German, not English; it is left out of the digest" in result.err


CHINESE = ("飓风米拉周一袭击莫桑比克贝拉，造成至少38人死亡，超过12000人流离失所。\n\n"
           "莫桑比克国家灾害管理局表示，世界银行承诺提供1.5亿美元紧急融资，用于重建道路和诊所。\n")


def test_a_chinese_article_in_an_english_story_is_left_out_with_the_reason_on_the_sources_page(proj):
    write(story(proj) / "04.txt", CHINESE)
    result = builds(proj)
    assert "04.txt: warning: this article is in Chinese, not English; it is left out of the digest" in result.err
    sources = (proj.content / STORY / "sources.yaml").read_text(encoding="utf-8")
    assert "file: 04.txt" in sources and "left_out: not in English (Chinese)" in sources
    page = (proj.site / STORY / "sources" / "index.html").read_text(encoding="utf-8")
    assert "Left out of the digest: not in English (Chinese)." in page


def test_a_chinese_only_story_is_refused_as_not_in_english(proj):
    for f in story(proj).glob("0*"):
        f.unlink()
    write(story(proj) / "01.txt", CHINESE)
    write(story(proj) / "02.txt", CHINESE.replace("周一", "周二"))
    write(story(proj) / "03.md", CHINESE.replace("周一", "周三"))
    refused(proj, STORY, "no article in this story is in English (found Chinese)")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(proj, codec):
    write(story(proj) / "04.txt", ("Café owners in Beira said " + GOOD).encode(codec))
    result = builds(proj)
    assert f"04.txt: warning: read as UTF-16 ({codec[-2:].upper()}) without a byte-order mark" in result.err
    sources = (proj.content / STORY / "sources.yaml").read_text(encoding="utf-8")
    assert "file: 04.txt" in sources and "words: 0" not in sources.split("file: 04.txt")[1].split("- id:")[0]


class _Markup(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.bad.append(f"{tag} {name}={value}")
        if tag in ("script", "iframe", "object", "embed") and dict(attrs).get("type") != "application/ld+json":
            self.bad.append(tag)


def article_markup_in(site: Path) -> list[str]:
    bad = []
    for page in site.rglob("*.html"):
        parser = _Markup()
        parser.feed(page.read_text(encoding="utf-8"))
        bad += [f"{page.name}: {b}" for b in parser.bad]
    return bad


def test_html_with_script_onerror_and_javascript_links_never_reaches_the_pages(proj):
    write(story(proj) / "04.html", "<html><body><script>alert('article')</script><p>Cyclone Mira killed 38 people "
                                   "in Beira on Monday <img src=x onerror=alert(1)>, officials said.</p>"
                                   "<p>See the <a href='javascript:alert(2)'>aid appeal</a> for Beira survivors of "
                                   "Cyclone Mira.</p></body></html>")
    builds(proj)
    assert article_markup_in(proj.site) == []


def test_markdown_with_raw_html_never_reaches_the_pages(proj):
    write(story(proj) / "04.md", "# Mira\n\nCyclone Mira killed 38 people in Beira. <script>alert(3)</script>\n\n"
                                 "<div onmouseover=alert(4)>Aid for Beira</div> [appeal](javascript:alert(5))\n")
    builds(proj)
    assert article_markup_in(proj.site) == []


def test_a_symlink_pointing_outside_seeds(proj, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Private notes about Cyclone Mira and Beira.\n", encoding="utf-8")
    (story(proj) / "04.txt").symlink_to(outside)
    refused(proj, "04.txt", "is a link to a file outside the seeds folder")


# ----------------------------------------------------------------------------- special files

def input_file(proj: Project, name: str) -> Path:
    if name == "site.yaml":
        return proj.content / name
    return edits(proj) if name == "edits.yaml" else story(proj) / name


@pytest.mark.parametrize("name", ["story.yaml", "edits.yaml", "site.yaml", "04.txt"])
def test_a_named_pipe_is_refused_without_hanging(proj, name):
    path = input_file(proj, name)
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    refused(proj, name, "is a named pipe, not a regular file", timeout=60)


@pytest.mark.parametrize("name", ["story.yaml", "04.txt"])
def test_a_link_to_dev_zero_is_refused_without_reading_it(proj, name):
    path = input_file(proj, name)
    path.unlink(missing_ok=True)
    path.symlink_to("/dev/zero")
    refused(proj, name, "is a link to a file outside the seeds folder", timeout=60)


def test_story_yaml_linked_to_a_system_file_is_refused_without_quoting_it(proj):
    (story(proj) / "story.yaml").unlink()
    (story(proj) / "story.yaml").symlink_to("/etc/passwd")
    result = refused(proj, "story.yaml", "is a link to a file outside the seeds folder")
    assert "root:" not in result.err


def test_a_story_folder_linked_from_outside_the_seeds_is_refused(proj, tmp_path):
    outside = tmp_path / "elsewhere"
    shutil.copytree(story(proj), outside)
    (proj.seeds / "borrowed").symlink_to(outside)
    refused(proj, "borrowed", "is a link to a folder outside the seeds folder")
    assert not (proj.site / "borrowed").exists()


def test_a_billion_laughs_yaml_file_is_refused(proj):
    laughs = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    write(edits(proj), laughs)
    refused(proj, "edits.yaml:1", "values once its aliases (*name) are expanded", timeout=60)


def test_hand_written_yaml_over_1_mb_is_refused(proj):
    write(edits(proj), "title: Mira\n" + "# a very long comment\n" * 60_000)
    refused(proj, "edits.yaml", "file is 1.3 MB; a hand-written YAML file over 1 MB is not read")


def test_a_python_object_tag_is_refused_in_one_line(proj):
    write(story(proj) / "story.yaml", "title: !!python/object:os.system {}\n")
    refused(proj, "story.yaml", "the value cannot be read")


def test_a_folder_named_like_an_article_fails_clean_and_incremental_builds_alike(proj):
    (story(proj) / "extra.txt").mkdir()
    incremental = refused(proj, "extra.txt", "is a folder, not a regular file")
    shutil.rmtree(proj.root / ".newsdigest-cache")
    clean = refused(proj, "extra.txt", "is a folder, not a regular file")
    assert clean.err == incremental.err


# ----------------------------------------------------------------------------- names

def test_a_story_folder_named_with_a_newline_is_refused_in_one_line(proj):
    shutil.move(story(proj), proj.seeds / "evil\n")
    refused(proj, "seeds", "the story folder 'evil\\n' has a control character in its name")
    assert not [p for p in proj.site.iterdir() if "\n" in p.name]


@pytest.mark.parametrize("name, words", [
    ("04\n.txt", "the file '04\\n.txt' has a control character in its name"),
    ("04\x1b[31m.txt", "the file '04\\x1b[31m.txt' has a control character in its name"),
])
def test_an_article_named_with_a_control_character_is_refused_in_one_line(proj, name, words):
    write(story(proj) / name, GOOD)
    refused(proj, STORY, words)


def test_an_article_whose_name_is_not_utf8_is_refused(proj):
    with open(os.fsencode(story(proj)) + b"/04-\xff.txt", "wb") as handle:
        handle.write(GOOD.encode())
    refused(proj, STORY, "the file '04-\\xff.txt' has a name that is not valid UTF-8")


def test_an_id_with_a_newline_is_refused_on_one_line(proj):
    write(edits(proj), 'hide: ["no-such\\nfact"]\n')  # no id has one: the schema says what an id is
    refused(proj, "edits.yaml:1", "not the text 'no-such\\nfact'")


def test_a_warning_about_a_stale_id_stays_on_one_line(proj):
    write(edits(proj), 'facts:\n  "no-such\\nfact": {entity: X}\n')
    result = builds(proj)
    assert "no fact, event or claim 'no-such\\nfact'" in result.err
    assert all(": warning: " in line for line in result.err.strip().splitlines())


# ----------------------------------------------------------------------------- manifests and content

def edits(proj: Project) -> Path:
    return proj.content / STORY / "edits.yaml"


@pytest.mark.parametrize("name", ["story.yaml", "edits.yaml"])
def test_a_yaml_syntax_error_names_the_line(proj, name):
    path = story(proj) / name if name == "story.yaml" else edits(proj)
    write(path, "title: Mira\ndek: [unclosed\n")
    refused(proj, f"{name}:2", "not valid YAML: the list that opens with '[' on this line is never closed")


@pytest.mark.parametrize("name, text, words", [
    ("story.yaml", "published: yesterday\n", "'published' should be a date like 2025-02-24 or empty, not the text"),
    ("edits.yaml", "hide: some-fact-id\n", "'hide' should be a list, not the text 'some-fact-id'"),
])
def test_a_value_of_the_wrong_type(proj, name, text, words):
    write(story(proj) / name if name == "story.yaml" else edits(proj), text)
    refused(proj, f"{name}:1", words)


@pytest.mark.parametrize("name", ["story.yaml", "edits.yaml"])
def test_an_unknown_key_is_named(proj, name):
    write(story(proj) / name if name == "story.yaml" else edits(proj), "title: Mira\nsubtitle: oops\n")
    refused(proj, f"{name}:2", "unknown key 'subtitle'")


@pytest.mark.parametrize("name, text, line", [
    ("story.yaml", "published: 2025-02-30\n", 1),
    ("edits.yaml", "add_events:\n  - {date: 2025-02-30, text: Landfall}\n", 2),
])
def test_a_date_that_does_not_exist(proj, name, text, line):
    write(story(proj) / name if name == "story.yaml" else edits(proj), text)
    refused(proj, f"{name}:{line}", "'2025-02-30' is not a real date")


@pytest.mark.parametrize("name", ["story.yaml", "edits.yaml"])
def test_a_duplicate_key(proj, name):
    write(story(proj) / name if name == "story.yaml" else edits(proj), "title: Mira\ntitle: Mira again\n")
    refused(proj, f"{name}:2", "key 'title' appears twice (first on line 1)")


def test_hiding_an_id_that_does_not_exist_is_a_warning(proj):
    write(edits(proj), "hide: [no-such-fact]\n")
    result = builds(proj)
    assert "edits.yaml:1: warning: no fact, event or claim 'no-such-fact'" in result.err


def test_a_story_folder_with_no_letters_or_digits(proj):
    shutil.move(story(proj), proj.seeds / "---")
    refused(proj, "---", "no letters or digits to make one from")


def test_a_story_folder_with_spaces_and_accents_gets_an_address(proj):
    shutil.move(story(proj), proj.seeds / "Société Générale résultats 2025")
    builds(proj)
    assert (proj.site / "societe-generale-resultats-2025" / "index.html").is_file()
    assert (proj.content / "societe-generale-resultats-2025" / "summary.md").is_file()


def test_a_story_folder_in_another_script_gets_a_transliterated_address(proj):
    shutil.move(story(proj), proj.seeds / "李强")
    builds(proj)
    assert (proj.site / "li-qiang" / "index.html").is_file()


def test_a_story_folder_named_like_the_sites_static_folder(proj):
    story(proj).rename(proj.seeds / "Static")
    refused(proj, "Static", "a name the site itself uses")


@pytest.mark.parametrize("other", ["Cyclone-Mira", "cyclone_mira", "Cyclone Mira"])
def test_two_story_folders_with_one_address_are_named_together(proj, other):
    shutil.copytree(story(proj), proj.seeds / other)
    result = refused(proj, "'cyclone-mira'", "as the story folder")
    assert other in result.err and STORY in result.err


# ----------------------------------------------------------------------------- environment

def test_a_read_only_site_folder(proj):
    proj.site.chmod(0o555)
    try:
        refused(proj, "site", "the site folder is read-only")
    finally:
        proj.site.chmod(0o755)


def test_a_site_path_that_is_a_file(proj):
    shutil.rmtree(proj.site)
    proj.site.write_text("not a folder\n", encoding="utf-8")
    refused(proj, "site", "the site path exists but is a file, not a folder")


def test_a_full_disk(proj):
    before = snapshot(proj)

    def small_disk() -> None:  # writes past 4 KB fail with EFBIG, as they would with ENOSPC on a full disk
        resource.setrlimit(resource.RLIMIT_FSIZE, (4 * 1024, 4 * 1024))  # the story's pages are 5-8 KB

    write(story(proj) / "01.txt", GOOD + "Rains continued on Tuesday across Sofala.\n")
    proc = subprocess.run([sys.executable, "build.py", "build"], cwd=proj.root, capture_output=True, text=True,
                          preexec_fn=small_disk)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "cannot write" in proc.stderr and "unchanged" in proc.stderr
    assert snapshot(proj) == before


def _start_build(proj: Project) -> subprocess.Popen:
    """Start a build and return once it is writing (its staging folder exists), still running."""
    build = subprocess.Popen([sys.executable, "build.py", "build"], cwd=proj.root, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, preexec_fn=as_in_a_terminal)
    deadline = time.monotonic() + 60
    while not any(".new-" in p.name for p in proj.root.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    assert build.poll() is None, "the build finished before it could be interrupted"
    return build


def _slow_story(proj: Project) -> None:
    for n in range(3000):
        write(story(proj) / f"x{n:04d}.txt", f"Cyclone Mira damaged {n} homes in Beira, officials said on Monday.\n")


def test_an_interrupted_build_changes_nothing(proj):
    _slow_story(proj)
    before = snapshot(proj)
    build = _start_build(proj)
    build.kill()
    build.wait()
    assert snapshot(proj) == before


def test_ctrl_c_stops_cleanly_and_changes_nothing(proj):
    _slow_story(proj)
    before = snapshot(proj)
    build = _start_build(proj)
    build.send_signal(signal.SIGINT)
    _, err = build.communicate(timeout=60)
    assert build.returncode == 130 and "Traceback" not in err
    assert "interrupted; site/ and content/ are unchanged" in err
    assert snapshot(proj) == before
    assert not [p for p in proj.root.iterdir() if ".new-" in p.name]


def test_a_template_with_a_syntax_error(proj):
    template = proj.root / "templates" / "timeline.html"
    template.write_text(template.read_text(encoding="utf-8").replace("{% endfor %}", "{% endfo %}", 1),
                        encoding="utf-8")
    refused(proj, "timeline.html", "template error")


def test_an_undefined_template_value_fails_under_strict_and_warns_otherwise(proj):
    template = proj.root / "templates" / "sources.html"
    template.write_text(template.read_text(encoding="utf-8").replace("{{ s.words }}", "{{ s.word_count }}"),
                        encoding="utf-8")
    refused(proj, "templates", "word_count", "--strict")
    result = builds(proj)
    assert "warning: undefined value 'word_count'" in result.err


def test_the_dev_server_binds_to_localhost_by_default():
    from newsdigest.cli import _parser

    args = _parser(Path.cwd()).parse_args(["serve"])
    assert (args.host, args.port) == ("127.0.0.1", 8000)
    assert os.environ.get("NEWSDIGEST_DEBUG") is None


def test_a_story_whose_articles_carry_no_date_builds_and_says_how_to_date_it(proj):
    # without a date "on Monday" cannot be placed: the timeline leaves it out, and the user is told why
    (story(proj) / "story.yaml").write_text('title: "Cyclone Mira hits central Mozambique"\n', encoding="utf-8")
    result = builds(proj)
    assert (f"seeds/{STORY}: warning: no article carries a date, so relative dates (\"on Thursday\", \"last week\") "
            "stay out of the timeline; give one in story.yaml as 'published: YYYY-MM-DD'") in result.err
    dated = builds(proj)  # nothing changed: the warning stands until the date is given
    assert "no article carries a date" in dated.err
