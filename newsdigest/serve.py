"""The dev server: serve ``site/``, rebuild what changed on every save, reload the browser.

livereload polls the watched folders (seeds, content, templates) and calls :func:`rebuild` on its
event loop. Builds are incremental (see :mod:`newsdigest.cache`), so a save re-digests only the
story it touched, and are staged and swapped in whole, so a half-built site is never served.
When a rebuild fails, ``site/`` stays the last good build and every page it serves carries a
banner naming the error; the next good save clears it and reloads the browser by itself. When
no build has succeeded yet (a new project, no articles yet), every page is one that says what is
missing, and it too turns into the site by itself once a save makes the build succeed.
"""

from __future__ import annotations

import errno
import html
import logging
import socket
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from livereload import Server
from livereload.handlers import StaticFileHandler
from tornado.web import HTTPError

from .build.pipeline import BuildOptions, build
from .build.places import check_places
from .content.files import GENERATED
from .errors import InputError

PROG = "newsdigest serve"

_BANNER = ('<div role="alert" style="background:#b00020;color:#fff;padding:1rem;font:16px/1.4 system-ui,'
           'sans-serif;white-space:pre-wrap"><strong>Rebuild failed; showing the last good build.</strong>\n{}</div>')
_WAITING = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nothing built yet</title></head>'
            '<body style="font:17px/1.5 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem">'
            '<h1>Nothing built yet</h1><p role="alert" style="white-space:pre-wrap">{}</p>'
            '<p>This page reloads by itself when a save makes the build succeed.</p></body></html>')


class SiteHandler(StaticFileHandler):
    """Serves ``site/``; while the last rebuild has failed, HTML pages carry the error at the top."""

    error: str | None = None
    built: bool = True
    """False until a build has succeeded: there is no last good site, only what is missing."""

    async def get(self, path: str, include_body: bool = True) -> None:
        if not SiteHandler.built:
            self.set_status(503)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(_WAITING.format(html.escape(SiteHandler.error or "the first build has not finished")))
            return
        await super().get(path, include_body)

    @classmethod
    def _page(cls, abspath: str) -> bytes:
        data = Path(abspath).read_bytes()
        if cls.error and abspath.endswith(".html"):
            banner = _BANNER.format(html.escape(cls.error)).encode("utf-8")
            data = data.replace(b"<body>", b"<body>" + banner, 1)
        return data

    @classmethod
    def get_content(cls, abspath: str, start: int | None = None, end: int | None = None) -> Iterator[bytes]:
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
    """livereload's server with the site handler above; says it is serving only once it listens."""

    ready = ""

    def application(self, *args: object, **kwargs: object) -> None:
        super().application(*args, **kwargs)  # binds the port: an address in use fails here, before the line
        print(self.ready, flush=True)

    def get_web_handlers(self, script: bytes) -> list[tuple[str, type, dict[str, str]]]:
        return [(r"/(.*)", SiteHandler, {"path": self.root, "default_filename": "index.html"})]

    def _setup_logging(self) -> None:
        logging.getLogger("livereload").setLevel(logging.WARNING)  # rebuild() reports what happened


def rebuild(options: BuildOptions) -> bool:
    """Build once; on bad input keep the last good site and show the error on its pages. True on success."""
    try:
        report = build(options)
    except InputError as err:
        SiteHandler.error = f"{err.location()}: {err.message}"
        if SiteHandler.built:
            print(f"{SiteHandler.error}\n(still serving the last good build; fix the file and save to rebuild)",
                  file=sys.stderr, flush=True)
        else:
            print(f"{SiteHandler.error}\n(nothing is built yet: every page says what is missing until a save "
                  "makes the build succeed)", file=sys.stderr, flush=True)
        return False
    except OSError as err:
        SiteHandler.error = f"{err.filename or 'newsdigest'}: {err.strerror or err}"
        print(SiteHandler.error, file=sys.stderr, flush=True)
        return False
    SiteHandler.error, SiteHandler.built = None, True
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


def port_in_use(host: str, port: int) -> bool:
    """Whether another program already listens on host:port (tested the way the server will bind)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as tornado does: TIME_WAIT is no conflict
        try:
            probe.bind((host, port))
        except OSError as err:
            return err.errno == errno.EADDRINUSE
    return False


def _busy(host: str, port: int) -> str:
    return f"{PROG}: port {port} on {host} is already in use; stop the program using it or choose another " \
           f"with --port {port + 1}"


def serve(options: BuildOptions, host: str = "127.0.0.1", port: int = 8000) -> int:
    """Build, then serve ``site/`` on host:port and rebuild on every change until Ctrl-C.

    Exits 1 with one line, before building anything, when the port is taken or there is no seeds
    folder to watch (the wrong folder, most likely).
    """
    if port_in_use(host, port):
        print(_busy(host, port), file=sys.stderr)
        return 1
    if not options.seeds.is_dir():
        print(f"{options.seeds}: there is no seeds folder here, so nothing to build or serve; run "
              f"'{PROG}' in a project folder ('newsdigest init' makes one) or pass --seeds DIR", file=sys.stderr)
        return 1
    check_places(options.seeds, options.content, options.site, options.templates)  # before anything is written
    options = replace(options, jobs=1)  # rebuilds run on the server's event loop: no worker processes
    SiteHandler.built = (options.site / "index.html").is_file()  # an earlier build's site is the last good one
    rebuild(options)
    options.site.mkdir(parents=True, exist_ok=True)
    server = DigestServer()
    for folder in dict.fromkeys((options.seeds, options.content, options.templates, *options.theme)):
        server.watch(str(folder), lambda: rebuild(options), ignore=_ignored)
    server.ready = f"serving {options.site} at http://{host}:{port}/ (Ctrl-C to stop)"
    try:
        server.serve(host=host, port=port, root=str(options.site), restart_delay=0)
    except OSError as err:  # taken between the check and the bind
        if err.errno != errno.EADDRINUSE:
            raise
        print(_busy(host, port), file=sys.stderr)
        return 1
    print("stopped", flush=True)
    return 0
