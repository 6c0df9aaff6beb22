"""Registry files (data/sources.yaml, topics.yaml, entities.yaml) that cannot be used are refused
with the file, the entry and what is wrong, never with a traceback or a silent merge."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from despatch.registry import RegistryError, load_registry

ROOT = Path(__file__).resolve().parent.parent


def registry_folder(tmp_path, **files: str) -> Path:
    tmp_path = Path(tmp_path)
    tmp_path.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (tmp_path / f"{name}.yaml").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("text, problem", [
    ("- name: Steppe News\n- name: Steppe News\n  aliases: [SN]\n", r"sources\.yaml: the source 'Steppe News' is listed twice"),
    ("- name: Steppe News\n- name: Steppe  News!\n", r"sources\.yaml: the source page address 'steppe-news' is listed twice"),
    ("- name: Steppe News\n- aliases: [SN]\n", r"sources\.yaml: entry 2 has no 'name'"),
    ("- name: Steppe News\n- just a line\n", r"sources\.yaml: entry 2 is not a set of 'field: value' lines"),
    ("name: Steppe News\n", r"sources\.yaml: expected a list of entries"),
    ("- name: [Steppe News\n", r"sources\.yaml: not valid YAML at line \d"),
    ("- name: Steppe News\n  domains: [steppe.kz]\n- name: Steppe Daily\n  domains: [steppe.kz]\n",
     r"sources\.yaml: the domain 'steppe\.kz' is listed under two outlets \('Steppe News' and 'Steppe Daily'\); keep it under one"),
    ("- name: Steppe News\n  aliases: [Степь]\n- name: Steppe Daily\n  aliases: [СТЕПЬ]\n",
     r"sources\.yaml: the name 'СТЕПЬ' is listed under two outlets"),
    ("- name: Steppe News\n  aliasses: [SN]\n",
     r"sources\.yaml: entry 1 has the field 'aliasses', which this file does not use \(fields: .*aliases.*\); is it misspelt\?"),
])
def test_a_sources_file_that_cannot_be_used_is_refused_with_the_file_and_the_entry(tmp_path, text, problem):
    with pytest.raises(RegistryError, match=problem):
        load_registry(registry_folder(tmp_path, sources=text))


def test_topics_and_entities_are_checked_alike(tmp_path):
    with pytest.raises(RegistryError, match=r"topics\.yaml: entry 1 has no 'slug'"):
        load_registry(registry_folder(tmp_path / "a", topics="- name: Trade\n"))
    with pytest.raises(RegistryError, match=r"topics\.yaml: the topic 'trade' is listed twice"):
        load_registry(registry_folder(tmp_path / "b", topics="- {slug: trade, name: Trade}\n- {slug: trade, name: Commerce}\n"))
    with pytest.raises(RegistryError, match=r"entities\.yaml: the entity page address 'ivan-petrov' is listed twice"):
        load_registry(registry_folder(tmp_path / "c", entities="- name: Ivan Petrov\n- name: Ivan  Petrov\n  kind: person\n"))
    with pytest.raises(RegistryError, match=r"entities\.yaml: entry 1 has the field 'alias', which this file does not use"):
        load_registry(registry_folder(tmp_path / "d", entities="- name: Ivan Petrov\n  alias: [I. Petrov]\n"))


def test_the_shipped_registries_load():
    registry = load_registry()
    assert len({s.name for s in registry.sources}) == len(registry.sources) > 500


def test_the_command_line_reports_a_broken_registry_without_a_traceback(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(".venv", ".git", "public", ".cache", "bench", "tests"))
    (project / "data" / "sources.yaml").write_text("- name: Steppe News\n- name: Steppe News\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "build_site.py", "ingest"], cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "sources.yaml: the source 'Steppe News' is listed twice" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_page_address_belongs_to_the_outlet_with_the_most_specific_domain():
    from despatch.ingest.names import source_for_host
    from despatch.registry import Registry, Source

    registry = Registry(sources=(Source("State Council", "state-council", domains=("gov.cn",)),
                                 Source("Ministry of Commerce", "mofcom", domains=("mofcom.gov.cn",))),
                        topics=(), entities=())
    assert source_for_host(registry, "english.mofcom.gov.cn").name == "Ministry of Commerce"
    assert source_for_host(registry, "www.gov.cn").name == "State Council"
    assert source_for_host(registry, "example.org") is None


def test_a_host_under_a_countrys_government_zone_is_not_the_government_portal():
    """'gov.cn' is the State Council's portal and the zone of every public body: an unregistered
    city office under it ('fao.xm.gov.cn') is none of the portal's pages."""
    from despatch.ingest.names import source_for_host
    from despatch.registry import Registry, Source

    registry = Registry(sources=(Source("State Council", "state-council", domains=("gov.cn",)),
                                 Source("Ministry of Defence", "mod", domains=("mil.ru",))),
                        topics=(), entities=())
    assert source_for_host(registry, "gov.cn").name == "State Council"
    assert source_for_host(registry, "en.fao.xm.gov.cn") is None
    assert source_for_host(registry, "function.mil.ru").name == "Ministry of Defence"  # its own site's pages


def test_every_registered_domain_is_a_host_name():
    """A name written among an outlet's domains instead of its aliases would never match a page
    address, and the printed name would go unread."""
    for source in load_registry().sources:
        for domain in source.domains:
            assert " " not in domain and "." in domain and domain == domain.lower(), (source.name, domain)


def test_a_registry_file_edited_after_it_was_read_is_read_again(tmp_path):
    """Ingest and build share one reading of the registries, but a preview server that watches
    the files sees an outlet added (even one that leaves the file's size as it was)."""
    folder = registry_folder(tmp_path, sources="- name: Steppe News\n")
    assert load_registry(folder).source_named("Steppe News")
    registry_folder(tmp_path, sources="- name: Steppe Newt\n")
    registry = load_registry(folder)
    assert registry.source_named("Steppe Newt") and not registry.source_named("Steppe News")


def test_a_source_is_found_by_any_of_its_names_whatever_the_case_and_spacing():
    from despatch.registry import Registry, Source

    registry = Registry(sources=(Source("Steppe News", "steppe-news", aliases=("SN", "sn")),
                                 Source("Steppe Daily", "steppe-daily", aliases=("Daily",))),
                        topics=(), entities=())
    assert registry.source_named("Steppe  NEWS!").name == registry.source_named(" sn ").name == "Steppe News"
    assert registry.source_named("  DAILY ").name == "Steppe Daily"
    assert registry.source_named("Steppe") is None and registry.source_named("") is None
