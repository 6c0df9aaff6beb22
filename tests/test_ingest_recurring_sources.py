"""Shapes in which many outlets print their own name as the story's source: the editorial office
signing as the writer, the name glued to a stamp's label, the name alone before the day with a view
count, an earlier report of its own named in quotes, a broadcaster's programme with its day after
'消息', a byline with its outlet glued to the headline. Texts written for these tests."""
import pytest

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


# Round 15: shapes of the 139th-141st pages (texts written for these tests)

def test_the_outlet_after_a_dash_under_a_stamp_s_time_beats_a_quoted_headline_agency():
    text = (f"Reuters: Пассажиры круизов смогут въезжать без визы\n\n3 июня 2023, 10:15 — Общественная служба новостей — ОСН\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == _registered("Общественная служба новостей")


def test_an_editor_label_ends_the_outlet_s_name_after_a_stamp_s_time():
    text = f"Economy\n\nExports of beef begin\n\n2017-09-13 09:46Xinhua Editor: Zhang Xiaoming Mobile App Download\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_an_outlet_s_own_wire_head_citing_another_s_report_beats_the_label_naming_that_report():
    text = (f"代表团出席合作论坛\n\n时间:2016年10月21日  信息来源:塔斯社   字号:\n\n代表团出席合作论坛\n\n"
            f"中国新闻网10月21日电 据俄罗斯塔斯社报道,{ZH_STORY}\n\n{ZH_STORY}\n")
    assert parse(text).source == _registered("中国新闻网")


def test_a_person_s_name_after_the_source_label_names_no_outlet():
    text = f"Mill plans to reach its capacity\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource: Marta Kellner\n"
    assert parse(text).source is None


def test_an_unregistered_outlet_after_the_source_label_is_still_the_source():
    text = f"Mill plans to reach its capacity\n\n{EN_STORY}\n\n{EN_STORY}\n\nSource: Pulp Review Weekly\n"
    assert parse(text).source == "Pulp Review Weekly"


def test_a_byline_naming_only_a_registered_agency_is_the_source():
    text = f"Conference of language centres held in the capital\nBy Xinhua News Agency\n2013-09-30 12:16:40\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Xinhua"


def test_a_paper_s_news_credit_after_its_app_and_a_slash_is_the_source():
    text = f"商品展览会在塔什干开幕\n\n石榴云/新疆日报讯(记者 王丽报道)10月23日,{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == _registered("新疆日报")


def test_a_paper_s_app_and_reporter_signing_under_the_story_is_the_source():
    text = f"市长会见大使\n\n{ZH_STORY}\n\n{ZH_STORY}\n\n重庆日报客户端 记者 王翔\n"
    assert parse(text).source == _registered("重庆日报")


def test_a_lead_saying_the_outlet_s_correspondent_was_told_names_the_source():
    text = (f"Визит президента в Китай имеет особое значение\n\n{RU_STORY} Об этом в беседе с корреспондентом BAQ.KZ "
            f"подробно рассказал политолог Иван Петров.\n\n{RU_STORY}\n")
    assert parse(text).source == _registered("BAQ.kz")


def test_sputnik_s_international_site_is_sputnik_s():
    text = f"https://sputnikglobe.com/20241001/leader-expected-to-visit-1120371955.html\n\nLeader expected to visit\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Sputnik"


def test_a_registered_outlet_before_a_known_city_and_the_day_heading_the_lead_is_the_source():
    text = f"Премьер прибыл с визитом\n\nCNR News Пекин, 21 августа (корреспондент Ли Мин) {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "China National Radio"


def test_an_unknown_word_before_a_known_city_and_the_day_names_no_source():
    text = f"Премьер прибыл с визитом\n\nВчера вечером Пекин, 21 августа, встретил гостей. {RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_a_wire_s_own_lead_beats_a_public_body_s_masthead_over_it():
    text = (f"Font settings\n\nDokshitsy Regional Executive Committee\n\nMain / News / Region\n\n25 September 2017\n\n"
            f"Partner cities sign a cooperation plan\n\nThe plan was signed in the regional centre on 22 September, BelTA has learned. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "BelTA"


def test_a_public_body_s_masthead_over_a_story_no_wire_signs_is_the_source():
    text = (f"Font settings\n\nDokshitsy Regional Executive Committee\n\nMain / News / Region\n\n25 September 2017\n\n"
            f"Partner cities sign a cooperation plan\n\nThe plan was signed in the regional centre on 22 September. "
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == "Dokshitsy District Executive Committee"


def test_a_chinese_embassy_s_former_address_in_a_source_label_names_the_embassy():
    text = f"Посол встретился с вице-спикером\n\n{RU_STORY}\n\n{RU_STORY}\n\n12.03.2016\nИсточник: http://kz.chineseembassy.org/rus/sgxw/t1234567.htm\n"
    assert parse(text).source == _registered("kz.china-embassy.gov.cn")


def test_an_agency_and_a_photographer_under_the_headline_credit_the_picture_not_the_story():
    text = f"Делегация журналистов прибыла в область\nТАСС / Иван Сорокин\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


@pytest.mark.parametrize("label", ["网络整理", "網絡整理", "網絡綜合", "网络收集"])
def test_compiled_from_the_internet_in_the_source_slot_is_no_outlet(label):
    text = f"草原新工业园开园\n\n2020-02-18 來源:{label}\n\n{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source is None


def test_the_old_wire_credit_reuter_in_a_dateline_is_reuters():
    text = f"Leaders meet in the capital\n\nASTANA (Reuter) - {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "Reuters"


def test_an_appeal_to_support_a_registered_outlet_names_it():
    text = f"Support The Moscow Times!\n\nLeaders meet in the capital\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "The Moscow Times"


def test_an_appeal_to_support_local_journalism_names_no_outlet():
    text = f"Support local journalists\n\nLeaders meet in the capital\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source is None



def test_a_credit_line_written_specially_for_an_outlet_names_that_outlet():
    text = (f"Who guards the mountain passes?\n\nAnna Petrova, columnist of Nezavisimaya Gazeta, specially for Vestnik Kavkaza\n\n"
            f"{EN_STORY}\n\n{EN_STORY}\n")
    assert parse(text).source == _registered("Vestnik Kavkaza")


def test_a_russian_credit_line_written_specially_for_an_outlet_names_it_in_the_genitive():
    text = f"Кто охраняет горные перевалы\n\nАнна Петрова, специально для «Вестника Кавказа»\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == _registered("Вестник Кавказа")


def test_prose_designed_specially_for_students_names_no_outlet():
    text = f"Leaders meet in the capital\n\n{EN_STORY} The course was designed specially for Chinese students.\n\n{EN_STORY}\n"
    assert parse(text).source is None


def test_an_outlet_setting_out_on_its_own_inquiry_in_the_lead_is_the_source():
    text = (f"Ветер с востока\n\nСвязи с соседом растут. «Огонек» решил приглядеться к этому явлению, начав с рынка.\n\n"
            f"{RU_STORY}\n\n{RU_STORY}\n")
    assert parse(text).source == _registered("Огонек")
