"""Shapes in which many outlets print their own name as the story's source: the editorial office
signing as the writer, the name glued to a stamp's label, the name alone before the day with a view
count, an earlier report of its own named in quotes, a broadcaster's programme with its day after
'消息', a byline with its outlet glued to the headline. Texts written for these tests."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def _registered(name: str) -> str:
    source = canonical_source(name, registry(), known_only=True)
    assert source, name
    return source


def test_the_editorial_office_signing_as_the_author_is_the_source():
    text = f"Посол назначен указом президента\n\nАвтор: Редакция Новоросинформ\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == _registered("Новоросинформ")


def test_the_site_s_editorial_office_on_a_line_of_its_own_is_the_source():
    text = f"Премьеры встретились перед переговорами\n\nРедакция сайта ТАСС\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == _registered("ТАСС")


def test_an_english_editorial_office_credit_is_the_source():
    text = f"Trucks will not cross the border until traffic is restored\nText by:Editorial office Kazinform\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == _registered("Kazinform")


def test_an_unregistered_editorial_office_names_no_source():
    text = f"Премьеры встретились перед переговорами\n\nРедакция сайта Степной Вестник Онлайн\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_an_outlet_glued_to_the_stamp_s_updated_label_is_the_source():
    text = f"Leaders meet in the capital\n\nXinhuaUpdated: August 10, 2020\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_the_site_s_name_with_the_day_and_a_view_count_is_the_source():
    text = f"Грузооборот станции вырос за полгода\n\nBiang.ru 19.08.24 243\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == _registered("Biang.ru")


def test_a_place_with_the_day_and_a_view_count_names_no_source():
    text = f"Грузооборот станции вырос за полгода\n\nЗабайкальск 19.08.24 243\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_the_outlet_s_earlier_report_named_in_quotes_is_the_source():
    text = f"Консульство открыли в южной столице\n\n{RU_STORY}\n\n{RU_STORY} Ранее «Курсив» писал, что стороны обсуждали открытие.\n"
    assert parse(text).source == _registered("Курсив")


def test_a_broadcaster_s_programme_with_its_day_after_xiaoxi_is_the_source():
    text = f"总理抵达塔什干开始正式访问\n\n央视网消息(新闻联播6月28日播出):{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "CCTV"


def test_a_byline_with_its_outlet_glued_to_the_headline_is_the_source():
    text = f"SECTION / Business |\nGas deal in the pipelineBy Anna Novak (China Daily)\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "China Daily"


def test_the_host_of_the_page_s_labelled_permanent_address_is_the_source():
    text = (f"Нового посла приветствуют в столице\n\n{RU_STORY}\n\n{RU_STORY}\n\n"
            "Постоянный адрес новости: eadaily.com/ru/news/2022/10/21/novyi-posol\n")
    assert parse(text).source == "EADaily"


def test_the_original_s_link_is_not_the_page_s_address():
    text = f"对俄出口持续增长\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n原文链接: eadaily.com/ru/news/2022/10/21/novyi-posol\n"
    assert parse(text).source != "EADaily"


def test_a_foreign_affairs_office_with_no_host_named_is_no_source():
    text = f"Source: Office of International Cooperation and Exchange\n\nA delegation visits the university\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_a_global_affairs_office_label_is_no_source():
    text = f"A delegation visits the university\n\nSource: Global Affairs Office\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None
