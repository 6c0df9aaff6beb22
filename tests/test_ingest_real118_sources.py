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


def test_a_wires_name_and_full_date_closing_the_story_sign_it():
    text = f"Neighbours agree on an air base\n\n{EN_STORY}\n\n{EN_STORY}\nInterfax-AVN, March 4, 2005\n\nMore on the issue:\n"
    assert parse(text).source == "Interfax-AVN"


def test_a_city_and_date_closing_the_story_name_no_source():
    text = f"Neighbours agree on an air base\n\n{EN_STORY}\n\n{EN_STORY}\nKant, March 4, 2005\n\nMore on the issue:\n"
    assert parse(text).source is None


def test_a_registered_paper_alone_in_the_writers_slot_is_the_source():
    story = "两国外长在会谈中表示，将进一步扩大经贸合作，推动人文交流。双方还就地区局势交换了意见。"
    text = f"大使称两国合作前景广阔\n\n撰文:联合早报\n出版:更新:\n\n{story}\n\n{story}\n"
    assert parse(text).source == "Lianhe Zaobao"


def test_an_outlets_dated_report_with_its_writers_opening_the_lead_is_its_own():
    story = "两国外长在会谈中表示，将进一步扩大经贸合作，推动人文交流。双方还就地区局势交换了意见。"
    story = "兩國外長在會談中表示，將進一步擴大經貿合作，推動人文交流。雙方還就地區局勢交換了意見。"
    text = f"邊境口岸迎來新發展\n\n參考消息網3月5日報道(文/王明 李華){story}\n\n{story}\n"
    assert parse(text).source == "Reference News"
