"""The dev server: serve ``site/``, rebuild what changed on every save, reload the browser.

livereload polls the watched folders (seeds, content, templates) and calls :func:`rebuild` on its
event loop. Builds are incremental (see :mod:`newsdigest.cache`), so a save re-digests only the
story it touched, and are staged and swapped in whole, so a half-built site is never served.
When a rebuild fails, ``site/`` stays the last good build and every page it serves carries a
banner naming the error; the next good save clears it and reloads the browser by itself.
"""

from __future__ import annotations

import html
import logging
import sys
from dataclasses import replace
from pathlib import Path

from livereload import Server
from livereload.handlers import StaticFileHandler
from tornado.web import HTTPError

from .build.pipeline import BuildOptions, build
from .build.places import check_places
from .errors import InputError

GENERATED = {"summary.md", "facts.yaml", "timeline.yaml", "sources.yaml"}
_BANNER = ('<div role="alert" style="background:#b00020;color:#fff;padding:1rem;font:16px/1.4 system-ui,'
           'sans-serif;white-space:pre-wrap"><strong>Rebuild failed; showing the last good build.</strong>\n{}</div>')


class SiteHandler(StaticFileHandler):
    """Serves ``site/``; while the last rebuild has failed, HTML pages carry the error at the top."""

    error: str | None = None

    @classmethod
    def _page(cls, abspath: str) -> bytes:
        data = Path(abspath).read_bytes()
        if cls.error and abspath.endswith(".html"):
            banner = _BANNER.format(html.escape(cls.error)).encode("utf-8")
            data = data.replace(b"<body>", b"<body>" + banner, 1)
        return data

    @classmethod
    def get_content(cls, abspath: str, start: int | None = None, end: int | None = None):  # type: ignore[override]
        yield cls._page(abspath)[start:end]

    def get_content_size(self) -> int:
        return len(self._page(self.absolute_path))

    def compute_etag(self) -> None:
        return None  # a page changes when the error does, not only when its file does

    def parse_url_path(self, url_path: str) -> str:
        """A path with a NUL byte or another control character names no file: 400, never a traceback."""
        if any(ord(c) < 32 or ord(c) == 127 for c in url_path):
            raise HTTPError(400, "malformed path")
        return str(super().parse_url_path(url_path))


class DigestServer(Server):
    """livereload's server with the site handler above."""

    def get_web_handlers(self, script: bytes) -> list:
        return [(r"/(.*)", SiteHandler, {"path": self.root, "default_filename": "index.html"})]

    def _setup_logging(self) -> None:
        logging.getLogger("livereload").setLevel(logging.WARNING)  # rebuild() reports what happened


def rebuild(options: BuildOptions) -> bool:
    """Build once; on bad input keep the last good site and show the error on its pages. True on success."""
    try:
        report = build(options)
    except InputError as err:
        SiteHandler.error = f"{err.location()}: {err.message}"
        print(f"{SiteHandler.error}\n(still serving the last good build; fix the file and save to rebuild)",
              file=sys.stderr, flush=True)
        return False
    except OSError as err:
        SiteHandler.error = f"{err.filename or 'newsdigest'}: {err.strerror or err}"
        print(SiteHandler.error, file=sys.stderr, flush=True)
        return False
    SiteHandler.error = None
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    what = "nothing changed" if not report.changed else \
        f"rebuilt: {report.digested} digested, {report.rendered} rendered"
    print(f"{what} in {report.seconds:.2f} s", flush=True)
    return True


def _ignored(path: str) -> bool:
    """Files the build writes itself (generated content, staging folders) never trigger a rebuild."""
    name = Path(path).name
    return name in GENERATED or "/." in path or name.startswith(".")


def serve(options: BuildOptions, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Build, then serve ``site/`` on host:port and rebuild on every change until Ctrl-C."""
    check_places(options.seeds, options.content, options.site, options.templates)  # before anything is written
    options = replace(options, jobs=1)  # rebuilds run on the server's event loop: no worker processes
    rebuild(options)
    options.site.mkdir(parents=True, exist_ok=True)
    server = DigestServer()
    for folder in (options.seeds, options.content, options.templates):
        server.watch(str(folder), lambda: rebuild(options), ignore=_ignored)
    print(f"serving {options.site} at http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    server.serve(host=host, port=port, root=str(options.site), restart_delay=0)
    print("stopped", flush=True)
    return 0
