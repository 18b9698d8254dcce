"""``content/site.yaml``: the site's own settings, declared with their defaults."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .yamlfile import load_yaml


@dataclass(frozen=True)
class SiteConfig:
    """``content/site.yaml``: every key optional."""

    title: str = "newsdigest"
    description: str = "Several reports of one story, read side by side and stated once."
    base_url: str | None = None
    language: str = "en"
    currency: str = "USD"
    author: str = "newsdigest"


def load_site_config(content_dir: Path) -> SiteConfig:
    """Read and validate ``site.yaml``; defaults for whatever it leaves out."""
    path = content_dir / "site.yaml"
    data = load_yaml(path, "site") if path.exists() else {}
    return SiteConfig(**{k: v for k, v in (data or {}).items()})
