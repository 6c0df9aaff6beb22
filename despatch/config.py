"""The site's settings: data/site.yaml, overridden from the command line."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from .frontmatter import safe_load
from .registry import DATA_DIR


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Diplomatic News Archive"
    subtitle: str = ""
    description: str = ""
    base_url: str = "http://localhost:8000/"
    language: str = "en"
    publisher: str = ""

    @property
    def base_path(self) -> str:
        """The URL path the site lives under: '/' or '/archive/'."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    def absolute(self, site_url: str) -> str:
        return self.base_url + site_url


def load_config(data_dir: Path = DATA_DIR, base_url: str | None = None) -> SiteConfig:
    path = data_dir / "site.yaml"
    values = safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    known = {k: str(v) for k, v in (values or {}).items() if k in SiteConfig.__dataclass_fields__}
    config = SiteConfig(**known)
    if base_url:
        config = replace(config, base_url=base_url)
    if not config.base_url.endswith("/"):
        config = replace(config, base_url=config.base_url + "/")
    return config
