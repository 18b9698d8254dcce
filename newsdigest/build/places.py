"""Where a build may write: never over its own input, never over files newsdigest did not write.

A build replaces the entries of ``site/`` and writes generated files into ``content/``, so a
``--site`` or ``--content`` pointed at the seeds, at the project folder or at the other output
would delete the user's files (``--site seeds`` once deleted every article). Each such command
line is refused here, before anything is written, as bad usage (exit status 2).

A site folder newsdigest built carries a marker, ``.newsdigest-site``, that lists the entries the
last build wrote. Only those are ever replaced or removed; anything else found there is kept and
reported, and hidden entries (``.git``) are never touched. A folder without the marker is built
into only when it is empty, or when it is plainly a site an earlier newsdigest built (its front
page names newsdigest as its generator) from before the marker existed.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import UsageError
from ..readfile import read_regular_file
from .output import check_output_folder

MARKER = ".newsdigest-site"
"""The file in a site folder that says newsdigest built it, and which entries it wrote."""
_MARKER_HEAD = ("# newsdigest built this folder. A build replaces or removes only the entries listed here;\n"
                "# anything else in the folder is kept.\n")
_GENERATOR = b'<meta name="generator" content="newsdigest">'
_ROOT_FILE = re.compile(r"(?:404|index(?:-\d+)?)\.html|feed\.xml|sitemap\.xml|static")


def check_places(seeds: Path, content: Path, site: Path, templates: Path) -> None:
    """Refuse output folders that overlap the input, the project or each other; raise UsageError.

    Paths are compared resolved (``..`` and links followed), so ``--site ./seeds/../seeds`` or a
    link to the seeds folder is the seeds folder.
    """
    inputs = [("the seeds folder", seeds.resolve())]
    if templates.is_dir():
        inputs.append(("the templates folder", templates.resolve()))
    project = seeds.resolve().parent
    for option, given in (("site", site), ("content", content)):
        path = given.resolve()
        if path == project or project.is_relative_to(path):
            what = "is" if path == project else "holds"
            raise UsageError(given, None, f"--{option} {what} the project folder (the one holding the seeds): a "
                             "build writes there and would delete or overwrite your files; choose another folder")
        for name, folder in inputs:
            if relation := _relation(path, folder):
                raise UsageError(given, None, f"--{option} {relation} {name}: a build writes there and would "
                                 "delete or overwrite your files; choose another folder")
    site_path, content_path = site.resolve(), content.resolve()
    if site_path == content_path:
        raise UsageError(site, None, "--site and --content are the same folder: each build would overwrite the "
                         "other's files; give them separate folders")
    for option, given, path, other, folder in (("site", site, site_path, "content", content_path),
                                               ("content", content, content_path, "site", site_path)):
        if path.is_relative_to(folder):
            raise UsageError(given, None, f"--{option} lies inside the --{other} folder: each build would "
                             "overwrite the other's files; give them separate folders")
    check_output_folder(site, "site")
    check_output_folder(content, "content")
    if site.is_dir() and owned_entries(site) is None:
        stranger = sorted(_visible(site))[0]
        raise UsageError(site, None, f"holds files newsdigest did not write ({_quoted(stranger)} among them) and "
                         "a build would replace them: build into an empty folder or one newsdigest built "
                         "(choose another --site)")


def _relation(path: Path, folder: Path) -> str:
    """How ``path`` overlaps ``folder``, in words; "" when it does not."""
    if path == folder:
        return "is"
    if path.is_relative_to(folder):
        return "lies inside"
    if folder.is_relative_to(path):
        return "holds"
    return ""


def _visible(site: Path) -> set[str]:
    """The folder's entries a build may own: every one but the hidden ones."""
    with os.scandir(site) as listing:
        return {e.name for e in listing if not e.name.startswith(".")}


def owned_entries(site: Path) -> set[str] | None:
    """The entries of ``site`` newsdigest wrote and may replace or remove; None when it does not own the folder.

    An absent or empty folder is owned with no entries yet.
    """
    if not site.exists():
        return set()
    visible = _visible(site)
    marker = site / MARKER
    if marker.is_file() and not marker.is_symlink():
        text = read_regular_file(marker, 1 << 20, "site marker").decode("utf-8", "replace")
        listed = {line for line in text.splitlines() if line and not line.startswith("#")}
        return {name for name in listed if name in visible}
    if not visible:
        return set()
    if _built_by_newsdigest(site / "index.html"):
        # A site from before the marker: its root files and story folders are ours, anything else is kept.
        return {name for name in visible if _ROOT_FILE.fullmatch(name) or _built_by_newsdigest(site / name /
                                                                                              "index.html")}
    return None


def _built_by_newsdigest(page: Path) -> bool:
    try:
        if page.is_symlink() or not page.is_file():
            return False
        with open(page, "rb") as handle:
            return _GENERATOR in handle.read(4096)
    except OSError:
        return False


def marker_text(entries: set[str]) -> bytes:
    """The marker a build leaves in the site folder: the entries it wrote, one a line."""
    return (_MARKER_HEAD + "".join(f"{name}\n" for name in sorted(entries))).encode("utf-8")


def _quoted(name: str) -> str:
    return repr(name) if not name.isprintable() else f"'{name}'"
