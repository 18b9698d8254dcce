"""Where the templates come from: the project's own ``templates/`` first, then the default theme.

The default theme ships with the package, so a project needs no templates at all; a project's
``templates/`` overrides it file by file (MkDocs' ``custom_dir``): a ``story.html`` there
replaces the theme's, every other page keeps the theme's, and ``static/style.css`` replaces
only that file of the theme's ``static/``. Standard library only: the build's scan hashes these
folders before anything heavy is imported.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def default_theme() -> Path:
    """The theme shipped with newsdigest.

    A non-editable install has it as package data (``newsdigest/theme/``, mapped from the
    repository's ``templates/`` in pyproject.toml); a clone, and an editable install that runs
    from one, has it at the top of the repository.
    """
    installed = _PACKAGE / "theme"
    return installed if installed.is_dir() else _PACKAGE.parent / "templates"


def theme_folders(project_templates: Path) -> tuple[Path, ...]:
    """The folders templates are looked up in, first match wins: the project's, then the default theme.

    A project with no ``templates/`` uses the default theme alone; in a clone the project's
    folder is the default theme itself, and is listed once.

    >>> theme_folders(Path("/nowhere/templates")) == (default_theme(),)
    True
    """
    theme = default_theme()
    if project_templates.is_dir() and project_templates.resolve() != theme.resolve():
        return (project_templates, theme)
    return (theme,)


def static_sources(folders: tuple[Path, ...]) -> dict[str, Path]:
    """Every file under the folders' ``static/``, by its path in ``site/static/``; the first folder wins."""
    files: dict[str, Path] = {}
    for folder in reversed(folders):  # later folders first, so earlier ones overwrite them
        static = folder / "static"
        if static.is_dir():
            files.update({f"static/{p.relative_to(static).as_posix()}": p
                          for p in sorted(static.rglob("*")) if p.is_file()})
    return dict(sorted(files.items()))
