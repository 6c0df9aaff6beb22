"""Source rules learnt from the 53rd to 55th sets of real pages (texts written for these tests,
not copied). Each test states one general rule with made-up wording."""
from ingest_support import EN_STORY, RU_STORY, ZH_STORY, parse, registry

from despatch.ingest.sources import canonical_source


def test_a_lowercase_article_before_a_credited_name_is_cut():
    text = f"Originally published in the Eurasia Daily Monitor\n\nSteppe talks\n\n{EN_STORY}\n\n{EN_STORY}\n"
    assert parse(text).source == "The Jamestown Foundation"


def test_a_capital_the_stays_on_an_unregistered_name():
    assert canonical_source("The Steppe Courier", registry(), known_only=False) == "The Steppe Courier"
    assert canonical_source("the Steppe Courier", registry(), known_only=False) == "Steppe Courier"


def test_an_agency_kind_word_and_quotes_around_a_name_are_cut():
    assert canonical_source('ИА "Новости-Казахстан"', registry(), known_only=False) == "Novosti-Kazakhstan"
    assert canonical_source("агентство «Кабар»", registry(), known_only=False) == "Kabar"
    assert canonical_source("ИА «Степной вестник»", registry(), known_only=False) == "Степной вестник"
    text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\nИсточник: ИА «Новости-Казахстан»\n"
    assert parse(text).source == "Novosti-Kazakhstan"


def test_the_papers_own_reporter_in_a_bracketed_credit_is_no_outlet():
    for credit in ("【本報記者報道】", "【本报记者报道】"):
        text = f"草原峰会前瞻\n\n{credit}{ZH_STORY}\n\n{ZH_STORY}\n"
        assert parse(text).source is None


def test_a_special_report_credit_with_a_dotted_site_name():
    text = f"草原峰会前瞻\n\n【on.cc東網專訊】{ZH_STORY}\n\n{ZH_STORY}\n"
    assert parse(text).source == "Oriental Daily News"


def test_a_press_release_distributor_yields_to_the_issuers_page_address():
    story = f"BEIJING, May 20, 2023 /PRNewswire/ — {EN_STORY}\n\n{EN_STORY}\n"
    assert parse(f"Steppe talks\n\n{story}").source == "PR Newswire"
    text = f" date 2023-05-21 https://www.globaltimes.cn/page/202305/1.shtml\n\nSteppe talks\n\n{story}"
    assert parse(text).source == "Global Times"


def test_a_translation_digest_heads_the_piece_with_the_original_paper_and_its_country():
    for head in ("Rzeczpospolita (Польша)", "Rzeczpospolita, Польша"):
        text = (f"{head}: Китай выдал Минску новый кредит\n\nЧитать на сайте inosmi.ru\n\n{RU_STORY}\n\n{RU_STORY}\n")
        assert parse(text).source == "Rzeczpospolita"


def test_a_reposts_credit_names_the_kind_of_outlet_before_its_quoted_name():
    for credit in ('По материалам сайта газеты "Гродзенская праўда"', "По информации lidanews"):
        text = f"Переговоры в степи\n\n{RU_STORY}\n\n{RU_STORY}\n\n{credit}\n"
        assert parse(text).source in ("Grodnenskaya Pravda", "Lidskaya Gazeta")


def test_a_stations_newsroom_signs_its_story():
    text = f"Переговоры в степи\n\n{RU_STORY}\n\nСлужба новостей радио Гродно MFM 105.0\n\n{RU_STORY}\n"
    assert parse(text).source == "Radio Grodno MFM 105.0"
    text = f"Переговоры в степи\n\n{RU_STORY}\n\nСлужба новостей Степного радио\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_a_registered_domain_glued_after_a_paragraphs_full_stop_marks_the_site():
    text = f"Переговоры в степи\n\nДокумент подписан в ходе визита делегации.bk55.ru\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "BK55.ru"
    text = f"Переговоры в степи\n\nДокумент подписан в ходе визита делегации.steppe-unknown.ru\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source is None


def test_a_collage_credit_after_a_copyright_sign_and_a_slash():
    text = f"Переговоры в степи\n\n© Коллаж/Снег.TV\n\n{RU_STORY}\n\n{RU_STORY}\n"
    assert parse(text).source == "Sneg.TV"


def test_a_chinese_reposts_bracketed_label_closes_the_story_above_the_hosts_lists():
    members = "\n".join(f"- [理事單位] 某某物流有限公司{i}" for i in range(8))
    text = (f"草原峰會前瞻\n2018-10-25 10:22:14\n某某平臺\n{ZH_STORY}\n{ZH_STORY}\n{ZH_STORY}\n{ZH_STORY}\n"
            f"(來源:新華網)\n版權與免責聲明:此稿件為引述消息報道,稿件版權歸原作者所有\n\n某某平臺理事單位\n{members}\n")
    assert parse(text).source == "Xinhua"
