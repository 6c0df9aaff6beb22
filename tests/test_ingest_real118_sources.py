"""Lines that look like a site's name but are not: a picture's caption repeating the headline and
crediting the picture's owner ('Headline © example.org') and a rubric under the date ('Official
News'). Texts written for these tests."""
from ingest_support import EN_STORY, RU_STORY, parse

from despatch.ingest.settings import load_patterns
from despatch.ingest.sources import _implausible_outlet
from despatch.registry import load_registry


def test_a_headline_repeated_with_a_pictures_copyright_domain_names_no_source():
    title = "Соседи готовятся к переговорам о границе"
    text = f"{title}\n\nПОДЕЛИТЬСЯ\n\n{title} © akipress.org\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_a_headline_with_the_sites_domain_appended_still_names_the_site():
    title = "Соседи готовятся к переговорам о границе"
    text = f"{title}\n\n{title}. akipress.org\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "AKIpress"


def test_a_rubric_under_the_date_is_no_outlets_name():
    patterns, registry = load_patterns(), load_registry()
    assert _implausible_outlet("Official News", patterns, registry)
    assert _implausible_outlet("Latest News", patterns, registry)
    text = f"Minister visits partner universities\n\n14 November, 2016\nOfficial News\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None
