"""The dev server, running for real: rebuild on change, keep the last good site on errors, stop on Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from conftest import ROOT, STORIES, as_in_a_terminal, make_project, newsdigest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(check, timeout: float = 30.0):
    """Poll ``check`` until it returns something true, or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except OSError as err:
            last = err
        time.sleep(0.3)
    raise AssertionError(f"gave up waiting; last result: {last!r}")


@pytest.fixture
def server(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "build.py", "serve", "--port", str(port)], cwd=project.root,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            preexec_fn=as_in_a_terminal)
    base = f"http://127.0.0.1:{port}/cyclone-mira/"
    try:
        wait_for(lambda: "<h1>" in fetch(base + "index.html"))
        yield project, base, proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()


def test_an_edited_article_is_rebuilt_and_served(server):
    project, base, _ = server
    assert "Sign up for the Beira Daily" not in fetch(base + "sources/index.html")
    article = project.seeds / "cyclone-mira" / "01.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nSign up for the Beira Daily newsletter today\n",
                       encoding="utf-8")
    wait_for(lambda: "Sign up for the Beira Daily" in fetch(base + "sources/index.html"))


def test_an_edits_change_is_served_without_a_restart(server):
    project, base, _ = server
    (project.content / "cyclone-mira" / "edits.yaml").write_text("title: Mira, live\n", encoding="utf-8")
    wait_for(lambda: "<h1>Mira, live</h1>" in fetch(base + "index.html"))


def test_a_fact_correction_saved_while_serving_reaches_the_comparison_page_and_its_export(server):
    project, base, _ = server
    (project.content / "cyclone-mira" / "edits.yaml").write_text(
        "facts:\n  world-bank-150m-usd: {entity: World Bank Group, period: 2024-2026}\n", encoding="utf-8")
    wait_for(lambda: "World Bank Group" in fetch(base + "compare/index.html"))
    assert "World Bank Group,emergency financing,50000000" in fetch(base + "compare.csv")


def test_a_broken_template_keeps_the_last_good_site_and_shows_the_error(server):
    project, base, _ = server
    template = project.root / "templates" / "timeline.html"
    good = template.read_text(encoding="utf-8")
    template.write_text(good.replace("{% endfor %}", "{% endfo %}", 1), encoding="utf-8")
    page = wait_for(lambda: (lambda p: p if 'role="alert"' in p else None)(fetch(base + "index.html")))
    assert "timeline.html" in page and "<h1>Cyclone Mira hits central Mozambique</h1>" in page
    template.write_text(good, encoding="utf-8")
    wait_for(lambda: 'role="alert"' not in fetch(base + "index.html"))


def test_ctrl_c_stops_the_server_cleanly(server):
    _, _, proc = server
    proc.send_signal(signal.SIGINT)
    output, _ = proc.communicate(timeout=20)
    assert proc.returncode == 0, output
    assert "Traceback" not in output and "stopped" in output


def serve_in(cwd, *args: str) -> subprocess.Popen:
    """``newsdigest serve ARGS`` in ``cwd``, the way the installed command runs there."""
    return subprocess.Popen([sys.executable, "-m", "newsdigest", "serve", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=as_in_a_terminal,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_a_port_in_use_is_one_line_naming_the_port_and_the_option(tmp_path):
    project = make_project(tmp_path / "p", "cyclone-mira")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = serve_in(project.root, "--port", str(port))
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert err.strip().splitlines() == [err.strip()]
    assert f"port {port}" in err and "--port" in err and "Traceback" not in err
    assert "serving" not in out


def test_serve_without_a_seeds_folder_says_so_and_stops(tmp_path):
    proc = serve_in(tmp_path, "--port", str(free_port()))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1
    assert err.startswith("seeds: there is no seeds folder here") and "newsdigest init" in err
    assert "last good build" not in out + err


def test_a_new_project_is_served_a_page_saying_what_is_missing_until_articles_arrive(tmp_path):
    assert newsdigest(tmp_path, "init").code == 0
    port = free_port()
    proc = serve_in(tmp_path, "--port", str(port))
    try:
        def waiting() -> str:
            try:
                fetch(f"http://127.0.0.1:{port}/index.html")
            except urllib.error.HTTPError as err:
                return err.read().decode("utf-8") if err.code == 503 else ""
            return ""

        page = wait_for(waiting)
        assert "Nothing built yet" in page and "holds no story folders" in page
        story = tmp_path / "seeds" / "cyclone-mira"
        story.mkdir()
        for article in [*(STORIES / "cyclone-mira").glob("0*"), STORIES / "cyclone-mira" / "story.yaml"]:
            shutil.copy(article, story / article.name)  # new files, as a user saves them
        wait_for(lambda: "<h1>Cyclone Mira hits central Mozambique</h1>" in fetch(f"http://127.0.0.1:{port}/index.html"))
    finally:
        proc.kill()
        _, err = proc.communicate()
    assert "last good build" not in err and "nothing is built yet" in err


def test_malformed_paths_are_client_errors_never_server_errors(server):
    _, base, proc = server
    root = base.rsplit("/cyclone-mira/", 1)[0] + "/"
    for path in ("%00", "index.html%00.txt", "cyclone-mira%00/index.html", "%0a/index.html", "%ff", "%ed%a0%80",
                 "..%2f..%2fbuild.py"):
        with pytest.raises(urllib.error.HTTPError) as answer:
            fetch(root + path)
        assert answer.value.code in (400, 403, 404), path
    assert "<h1>" in fetch(base + "index.html")  # still serving
    proc.send_signal(signal.SIGINT)
    output, _ = proc.communicate(timeout=20)
    assert "Traceback" not in output and " 500 " not in output, output
