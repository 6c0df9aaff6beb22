"""The site's settings: data/site.yaml, overridden from the command line."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from .frontmatter import load_data_file
from .registry import DATA_DIR


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Diplomatic News Archive"
    subtitle: str = ""
    description: str = ""
    base_url: str = "http://localhost:8000/"
    language: str = "en"
    publisher: str = ""
    search_part_size: int = 1500  # articles per part of the search index (see search.py)

    @property
    def base_path(self) -> str:
        """The URL path the site lives under: '/' or '/archive/'."""
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    def absolute(self, site_url: str) -> str:
        return self.base_url + site_url


class SettingsError(Exception):
    """A settings file (data/site.yaml, data/ingest/*.yaml) cannot be used; the message names the file and the entry."""


def _setting(path: Path, name: str, value):
    """A setting as its field's type: text, or a positive whole number where one is expected."""
    if SiteConfig.__dataclass_fields__[name].type != "int":
        return str(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"{path}: '{name}' must be a whole number of 1 or more, not {value!r}")
    return value


def load_config(data_dir: Path = DATA_DIR, base_url: str | None = None) -> SiteConfig:
    path = data_dir / "site.yaml"
    values = load_data_file(path, SettingsError) if path.exists() else {}
    if not isinstance(values or {}, dict):
        raise SettingsError(f"{path}: expected settings as 'name: value' lines")
    known = {k: v for k, v in (values or {}).items() if k in SiteConfig.__dataclass_fields__}
    config = SiteConfig(**{k: _setting(path, k, v) for k, v in known.items()})
    if base_url:
        config = replace(config, base_url=base_url)
    if not config.base_url.endswith("/"):
        config = replace(config, base_url=config.base_url + "/")
    return config
